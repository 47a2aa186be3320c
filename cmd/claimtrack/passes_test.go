package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

var (
	builtOnce sync.Once
	builtBin  string
	builtErr  error
)

// binary builds claimtrack once for the tests that run it as separate
// processes, as a service manager would.
func binary(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	builtOnce.Do(func() {
		dir, err := os.MkdirTemp("", "claimtrack-bin-")
		if err != nil {
			builtErr = err
			return
		}
		builtBin = filepath.Join(dir, "claimtrack")
		out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput()
		if err != nil {
			builtErr = fmt.Errorf("build: %v\n%s", err, out)
		}
	})
	if builtErr != nil {
		t.Fatal(builtErr)
	}
	return builtBin
}

// storyConfig writes a configuration following the demo story's outlets
// on a test site with the shipped rules, and returns its path.
func storyConfig(t *testing.T, store, siteURL string, slugs []string, extra string) string {
	t.Helper()
	dir := t.TempDir()
	shipped, err := os.ReadFile("../../metrics/israel-gaza.yaml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "metrics.yaml"), shipped, 0o644)
	var b strings.Builder
	fmt.Fprintf(&b, "store: %q\nuser_agent: test\nlisten: \"\"\nfetch:\n  per_host_rate: 500\n%srule_files: [metrics.yaml]\nsources:\n", store, extra)
	for _, slug := range slugs {
		fmt.Fprintf(&b, "  - name: %s\n    feed: %s/%s/feed.xml\n    schedule: \"@every 1s\"\n", slug, siteURL, slug)
	}
	p := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func storySite(t *testing.T) (*demo.Site, []demo.Article, []string, *httptest.Server) {
	t.Helper()
	articles, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	var slugs []string
	for slug := range site.Outlets() {
		slugs = append(slugs, slug)
	}
	sort.Strings(slugs)
	return site, articles, slugs, srv
}

// `once` twice in a row reads what is new the second time: the first
// gives its sources' leases back.
func TestOnceTwiceInARow(t *testing.T) {
	site, _, slugs, srv := storySite(t)
	cfg := storyConfig(t, filepath.Join(t.TempDir(), "state.db"), srv.URL, slugs, "")
	site.Show(1)
	if code, _, errs := run(t, "", "once", "--config", cfg); code != exitOK || !strings.Contains(errs, fmt.Sprintf("%d sources read, 0 failed, 0 skipped", len(slugs))) {
		t.Fatalf("first once: %d\n%s", code, errs)
	}
	site.Show(2)
	code, out, errs := run(t, "", "once", "--config", cfg)
	if code != exitOK || !strings.Contains(errs, fmt.Sprintf("%d sources read, 0 failed, 0 skipped", len(slugs))) || !strings.Contains(errs, "1 new") {
		t.Fatalf("second once: %d\n%s", code, errs)
	}
	if !strings.Contains(out, "more than 32,000 → *32,414*") {
		t.Errorf("the second article's change is not delivered:\n%s", out)
	}
}

// `once --source X` while X backs off after a failure says so and exits
// 1; with --force it reads X. The site comes back at the address it
// failed at: a corrected address would reset the backoff instead
// (TestOnceExitStatus).
func TestOnceForce(t *testing.T) {
	site, _, slugs, _ := storySite(t)
	site.Show(1)
	var up atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !up.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		site.ServeHTTP(w, r)
	}))
	defer srv.Close()
	cfg := storyConfig(t, filepath.Join(t.TempDir(), "state.db"), srv.URL, slugs[:1], "")
	if code, _, errs := run(t, "", "once", "--config", cfg); code != exitFail || !strings.Contains(errs, "1 source read, 1 failed") {
		t.Fatalf("once against a site that is down: %d\n%s", code, errs)
	}
	up.Store(true)
	code, _, errs := run(t, "", "once", "--config", cfg, "--source", slugs[0])
	if code != exitFail || !strings.Contains(errs, "skipped: backing off after 1 failure in a row") || !strings.Contains(errs, "--source "+slugs[0]+" --force") {
		t.Errorf("once on a source backing off: %d\n%s", code, errs)
	}
	if code, _, errs := run(t, "", "once", "--config", cfg, "--force"); code != exitUsage || !strings.Contains(errs, "--force needs --source") {
		t.Errorf("--force alone: %d\n%s", code, errs)
	}
	if code, _, errs := run(t, "", "once", "--config", cfg, "--source", slugs[0], "--force"); code != exitOK || !strings.Contains(errs, "1 source read, 0 failed, 0 skipped") {
		t.Errorf("once --force: %d\n%s", code, errs)
	}
}

// process is claimtrack running as a separate process.
type process struct {
	cmd    *exec.Cmd
	stderr *syncbuf.Buffer
}

func start(t *testing.T, bin string, env []string, args ...string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(bin, args...), stderr: &syncbuf.Buffer{}}
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Signal(syscall.SIGTERM)
			p.cmd.Wait()
		}
		if t.Failed() {
			t.Logf("log of process %d:\n%s", p.cmd.Process.Pid, p.stderr.String())
		}
	})
	return p
}

func waitUntil(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %v: %s", within, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// `once` beside a running daemon on the same store: it reads what the
// daemon is not reading at that moment, says who reads the rest, gives
// its leases back so the daemon goes on, and nothing is posted twice.
func TestOnceBesideARunningDaemon(t *testing.T) {
	bin := binary(t)
	site, articles, slugs, srv := storySite(t)
	fake := slackfake.New()
	defer fake.Close()
	dbPath := filepath.Join(t.TempDir(), "state.db")
	cfg := storyConfig(t, dbPath, srv.URL, slugs, "slack:\n  webhook_url: "+fake.WebhookURL()+"\n")
	site.Show(1)
	// The store is created before the daemon starts: two processes
	// creating one SQLite file's tables at once collide.
	st, err := store.Open(context.Background(), dbPath, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	daemon := start(t, bin, nil, "run", "--config", cfg)
	articlesStored := func(n int) func() bool {
		return func() bool { c, _ := st.CountArticles(context.Background()); return c >= n }
	}
	waitUntil(t, 30*time.Second, "the daemon reads the first article", articlesStored(1))
	// An owner reads host/pid/start[/instance[/space[/ticks]]] (tracker.Owner).
	holder := regexp.MustCompile(`skipped: being read by [^/ ]+/` + fmt.Sprint(daemon.cmd.Process.Pid) + `/\d+[/ ]`)
	for i := 2; i <= len(articles); i++ {
		site.Show(i)
		code, _, errs := run(t, "", "once", "--config", cfg)
		if code != exitOK {
			t.Fatalf("once beside the daemon, article %d: %d\n%s", i, code, errs)
		}
		for _, line := range strings.Split(errs, "\n") {
			if strings.Contains(line, ": skipped: ") && !holder.MatchString(line) {
				t.Errorf("a skip that does not name the daemon as holder: %q", line)
			}
		}
		waitUntil(t, 30*time.Second, "the article stored by once or the daemon", articlesStored(i))
	}
	waitUntil(t, 30*time.Second, "the four messages of the story", func() bool { return len(fake.Messages()) >= 4 })
	time.Sleep(time.Second) // anything doubled would come now
	count := map[string]int{}
	for _, m := range fake.Messages() {
		count[m.Text]++
	}
	for text, n := range count {
		if n != 1 {
			t.Errorf("posted %d times: %q", n, text)
		}
	}
	if len(count) != 4 {
		t.Errorf("%d distinct messages, want the story's 4", len(count))
	}
}

// TestKilledReplicaCostsAtMostAMinute runs three replicas on PostgreSQL as
// separate processes, kills the one reading a source mid-pass (kill -9),
// and expects a survivor to read that source within a minute.
func TestKilledReplicaCostsAtMostAMinute(t *testing.T) {
	killMidPass(t, pgtest.Schema(t), 3, time.Minute)
}

// TestKilledDaemonRestartsAtOnce kills a daemon on SQLite mid-pass and
// starts another: it takes the dead one's lease back at once, well before
// the lease would have ended (tracker.DefaultLease).
func TestKilledDaemonRestartsAtOnce(t *testing.T) {
	killMidPass(t, filepath.Join(t.TempDir(), "state.db"), 1, tracker.DefaultLease/3)
}

// killMidPass runs n daemons on a store, kills (-9) the one reading the
// story's source while it waits for the article, starts another when n is
// 1, and expects the source read within the given time of the kill.
func killMidPass(t *testing.T, dsn string, n int, within time.Duration) {
	bin := binary(t)
	articles, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	site.Show(1)
	slug, _, _ := strings.Cut(strings.TrimPrefix(articles[0].Path, "/"), "/")
	var mu sync.Mutex
	hold := true
	held := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		h := hold
		mu.Unlock()
		if h && r.URL.Path == articles[0].Path {
			select {
			case held <- struct{}{}:
			default:
			}
			<-r.Context().Done() // mid-pass until the reader dies
			return
		}
		site.ServeHTTP(w, r)
	}))
	defer srv.Close()
	cfg := storyConfig(t, dsn, srv.URL, []string{slug}, "")
	st, err := store.Open(context.Background(), dsn, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var replicas []*process
	for range n {
		replicas = append(replicas, start(t, bin, nil, "run", "--config", cfg))
	}
	select {
	case <-held:
	case <-time.After(60 * time.Second):
		t.Fatal("no replica read the story")
	}
	var holder string
	waitUntil(t, 10*time.Second, "the source's lease", func() bool {
		leases, _ := st.Leases(context.Background(), time.Now())
		for _, l := range leases {
			if l.Kind == store.SourceLease && l.Name == slug {
				holder = l.Owner
			}
		}
		return holder != ""
	})
	owner, ok := tracker.ParseOwner(holder)
	if !ok {
		t.Fatalf("lease holder %q is not an owner", holder)
	}
	var victim *process
	for _, p := range replicas {
		if p.cmd.Process.Pid == owner.PID {
			victim = p
		}
	}
	if victim == nil {
		t.Fatalf("the holder %s is none of the replicas", holder)
	}
	mu.Lock()
	hold = false
	mu.Unlock()
	killed := time.Now()
	victim.cmd.Process.Kill()
	victim.cmd.Wait()
	if n == 1 {
		start(t, bin, nil, "run", "--config", cfg)
	}
	waitUntil(t, within, "the source read again", func() bool {
		c, _ := st.CountArticles(context.Background())
		return c == 1
	})
	t.Logf("the source was read %v after the kill", time.Since(killed).Round(100*time.Millisecond))
}
