package daemon

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// noisyBucket matches a histogram bucket label printed with floating-point
// noise either way (0.30000000000000004, 0.29999999999999999).
var noisyBucket = regexp.MustCompile(`le="[^"]*(0{6,}|9{6,})`)

func loadShippedConfig(t *testing.T, feedBase string, outlets map[string]string) *config.Config {
	t.Helper()
	return loadShippedConfigEvery(t, feedBase, outlets, "@every 1s")
}

// loadShippedConfigEvery follows the outlets on the given schedule.
func loadShippedConfigEvery(t *testing.T, feedBase string, outlets map[string]string, schedule string) *config.Config {
	t.Helper()
	dir := t.TempDir()
	b, _ := os.ReadFile("../metrics/israel-gaza.yaml")
	os.WriteFile(filepath.Join(dir, "m.yaml"), b, 0o644)
	var src strings.Builder
	for slug, name := range outlets {
		src.WriteString("  - name: " + slug + "\n    outlet: " + name + "\n    feed: " + feedBase + "/" + slug + "/feed.xml\n    schedule: \"" + schedule + "\"\n")
	}
	p := filepath.Join(dir, "config.yaml")
	os.WriteFile(p, []byte("user_agent: test\nlisten: \"\"\nfetch:\n  per_host_rate: 500\nrule_files: [m.yaml]\nsources:\n"+src.String()), 0o644)
	cfg, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func runtimeFor(cfg *config.Config, store store.Store, out io.Writer, log *slog.Logger, stats tracker.Stats) (*Runtime, error) {
	eng, err := rules.Compile(cfg.Metrics)
	if err != nil {
		return nil, err
	}
	f, err := scrape.NewFetcher(scrape.FetchConfig{UserAgent: cfg.UserAgent, PerHostRate: cfg.Fetch.PerHostRate}, nil)
	if err != nil {
		return nil, err
	}
	// The sources of loadShippedConfig are feeds; cmd/claimtrack maps
	// every other setting.
	var sources []scrape.Source
	for _, s := range cfg.Sources {
		sources = append(sources, scrape.Source{Name: s.Name, Outlet: s.OutletName(), Feed: s.Feed, MaxItems: s.MaxItems})
	}
	r, err := notify.NewRenderer(nil, notify.Plain)
	if err != nil {
		return nil, err
	}
	// A pass that fails under a loaded machine (CI runs every package at
	// once, with the race detector) is tried again within a second, not
	// after the minute a real source would wait: these tests are about
	// running, reloading and stopping, and wait 20 s at most.
	backoff := health.Backoff{Base: 200 * time.Millisecond, Max: time.Second, ReportAfter: health.DefaultBackoff.ReportAfter}
	p := &tracker.SourcePass{Store: store, Fetcher: f, Engine: eng, Log: log, ConflictWindow: 48 * time.Hour, Backoff: backoff, Stats: stats}
	return &Runtime{Config: cfg, Pass: p, Sources: sources, Notifier: notify.Console{W: out, Renderer: r}}, nil
}

// observed counts a metric's observations.
func observed(s store.Store, metric string) int {
	h, _ := s.History(context.Background(), metric)
	return len(h)
}

// testLog is a logger whose lines the test prints if it fails, so that a
// failure seen only under CI's load says what the daemon was doing.
func testLog(t *testing.T) *slog.Logger {
	var buf syncbuf.Buffer
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the daemon's log:\n%s", buf.String())
		}
	})
	return slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// storyOnSQLite serves the demo story's first article, configures the
// shipped rules over it, and opens a fresh SQLite store.
func storyOnSQLite(t *testing.T) (*demo.Site, *config.Config, store.Store) {
	t.Helper()
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	site.Show(1)
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	cfg := loadShippedConfig(t, srv.URL, site.Outlets())
	store, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return site, cfg, store
}

func TestDaemonRunsReloadsAndStops(t *testing.T) {
	site, cfg, store := storyOnSQLite(t)
	log := testLog(t)
	var out syncbuf.Buffer
	reload := make(chan struct{})
	loads := 0
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: reload, ShutdownGrace: 5 * time.Second, DrainEvery: 50 * time.Millisecond,
		Load: func(ctx context.Context) (*Runtime, error) {
			loads++
			if loads == 2 {
				return nil, errors.New("config.yaml:3:1: colour: unknown key")
			}
			return runtimeFor(cfg, store, &out, log, d.Metrics())
		}})
	stop := run(t, d)

	waitFor(t, "the first article", func() bool { return observed(store, "gaza_death_toll") == 1 })
	site.Show(2)
	waitFor(t, "the first change", func() bool { return strings.Contains(out.String(), "more than 32,000 → *32,414*") })
	h := d.Handler()
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ready", "/metrics": "claimtrack_articles_total"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("%s: %d %q", path, rec.Code, rec.Body.String())
		}
		if path == "/metrics" {
			// Bucket labels only: a _sum of durations may print 0.30000000000000004.
			if noisy := noisyBucket.FindString(rec.Body.String()); noisy != "" {
				t.Errorf("/metrics has a bucket label with floating-point noise (%s):\n%s", noisy, rec.Body.String())
			}
		}
	}
	reload <- struct{}{} // an invalid config: logged, the old one keeps running
	site.Show(6)
	waitFor(t, "the later change", func() bool { return strings.Contains(out.String(), "32,414 → *33,091*") })
	reload <- struct{}{} // a valid one
	stop()
	if n := strings.Count(out.String(), "more than 32,000 → *32,414*"); n != 1 {
		t.Errorf("the first change was posted %d times", n)
	}
}

// sourceLastSuccess is a /metrics line of a source's last success, as the store has it.
var sourceLastSuccess = regexp.MustCompile(`(?m)^claimtrack_source_last_success_timestamp_seconds\{source="([^"]*)"\} (\S+)$`)

// TestThreeReplicasShareTheWork starts three daemons on one PostgreSQL
// database: each event must be delivered once.
func TestThreeReplicasShareTheWork(t *testing.T) {
	dsn := pgtest.Schema(t)
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	srv := httptest.NewServer(site)
	defer srv.Close()
	cfg := loadShippedConfig(t, srv.URL, site.Outlets())
	log := testLog(t)
	var out syncbuf.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var first store.Store
	var daemons []*Daemon
	for i := 0; i < 3; i++ {
		store, err := store.Open(ctx, dsn, "")
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if first == nil {
			first = store
		}
		var d *Daemon
		d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "replica-" + string(rune('a'+i)), PID: 1}, Reload: make(chan struct{}), DrainEvery: 50 * time.Millisecond,
			Load: func(ctx context.Context) (*Runtime, error) { return runtimeFor(cfg, store, &out, log, d.Metrics()) }})
		daemons = append(daemons, d)
		wg.Add(1)
		go func() { defer wg.Done(); d.Run(ctx) }()
	}
	// Reveal the story one article at a time, each once it has been read.
	for i := range articles {
		site.Show(i + 1)
		want := i + 1
		waitFor(t, "the next article", func() bool { n, _ := first.CountArticles(ctx); return n >= want })
	}
	waitFor(t, "the conflict", func() bool { return strings.Contains(out.String(), "claimants disagree") })
	// Each source was read by whichever replica held its lease; its health
	// on /metrics comes from the store, so every replica reports every
	// source as read (the times move while the replicas go on reading).
	for i, d := range daemons {
		rec := httptest.NewRecorder()
		d.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		read := sourceLastSuccess.FindAllStringSubmatch(rec.Body.String(), -1)
		if len(read) != len(cfg.Sources) {
			t.Errorf("replica %d reports the last success of %d sources, want %d:\n%s", i, len(read), len(cfg.Sources), rec.Body.String())
		}
		for _, m := range read {
			if m[2] == "0" {
				t.Errorf("replica %d: source %s never read, by its store: %s", i, m[1], m[0])
			}
		}
	}
	cancel()
	wg.Wait()
	got := out.String()
	for _, want := range []string{"more than 32,000 → *32,414*", "32,414 → *33,091*", "more than a million (1,000,000) → *more than 1.4 million (1,400,000)*", "Gaza death toll: claimants disagree"} {
		if n := strings.Count(got, want); n != 1 {
			t.Errorf("%q delivered %d times across three replicas, want once", want, n)
		}
	}
}

// TestDaemonDeliversToSlackThroughFailures runs the daemon against a fake
// Slack: a revoked token surfaces in /healthz and stops posting; a reload
// with a good token resumes; an outage of 500s is ridden out; each event
// reaches Slack once.
func TestDaemonDeliversToSlackThroughFailures(t *testing.T) {
	site, cfg, store := storyOnSQLite(t)
	fake := slackfake.New()
	defer fake.Close()
	log := testLog(t)
	var mu sync.Mutex
	token := "xoxb-revoked"
	reload := make(chan struct{})
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: reload, ShutdownGrace: 5 * time.Second,
		DrainEvery: 20 * time.Millisecond, Retry: notify.Retry{Base: 10 * time.Millisecond, Max: 100 * time.Millisecond},
		Load: func(ctx context.Context) (*Runtime, error) {
			rt, err := runtimeFor(cfg, store, io.Discard, log, d.Metrics())
			if err != nil {
				return nil, err
			}
			mu.Lock()
			tok := token
			mu.Unlock()
			rt.Notifier, err = slack.New(slack.Config{Token: tok, Channel: "#figures", APIURL: fake.APIURL(), Log: log}, store)
			return rt, err
		}})
	stop := run(t, d)

	waitFor(t, "the first article", func() bool { return observed(store, "gaza_death_toll") == 1 })
	site.Show(2)
	health := func() (int, string) {
		rec := httptest.NewRecorder()
		d.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		return rec.Code, rec.Body.String()
	}
	waitFor(t, "/healthz to report the bad token", func() bool {
		code, body := health()
		return code == 503 && strings.Contains(body, "invalid_auth")
	})
	if n := len(fake.Messages()); n != 0 {
		t.Fatalf("%d messages posted with a revoked token", n)
	}
	// Slack goes down for a while; the token is fixed and reloaded.
	var down sync.Once
	up := make(chan struct{})
	fails := 0
	fake.Fail(func(method string, call int) slackfake.Response {
		select {
		case <-up:
			return slackfake.Response{}
		default:
		}
		mu.Lock()
		defer mu.Unlock()
		fails++
		if fails > 15 {
			down.Do(func() { close(up) })
		}
		return slackfake.Response{Status: 500, Accept: method == "chat.postMessage" && fails%4 == 0}
	})
	mu.Lock()
	token = fake.Token
	mu.Unlock()
	reload <- struct{}{}
	waitFor(t, "the outbox to empty", func() bool {
		n, _ := store.PendingCount(context.Background())
		code, _ := health()
		return n == 0 && code == 200
	})
	site.Show(6)
	waitFor(t, "the later changes", func() bool {
		// Events first: a pass that stores new ones between the two reads
		// must leave them counted as pending, not seen as delivered.
		evs, _ := store.Events(context.Background(), 10)
		n, _ := store.PendingCount(context.Background())
		return n == 0 && len(evs) >= 3
	})
	stop()
	count := map[string]int{}
	for _, m := range fake.Messages() {
		count[m.Key]++
	}
	evs, _ := store.Events(context.Background(), 1000)
	if len(evs) == 0 || len(count) != len(evs) {
		t.Errorf("%d events in the store, %d distinct messages in Slack", len(evs), len(count))
		for _, e := range evs {
			t.Logf("event %s %+v", e.Key, e.Delivery)
		}
		for _, m := range fake.Messages() {
			t.Logf("message %s %s %s", m.Key, m.TS, m.ThreadTS)
		}
	}
	for k, n := range count {
		if n != 1 {
			t.Errorf("event %s posted %d times", k, n)
		}
	}
	if v := fake.Violations(); len(v) > 0 {
		t.Errorf("payloads Slack would refuse: %v", v)
	}
}

// slowSite serves the story with every article page a while in coming,
// so that passes overlap what the test does next.
func slowSite(t *testing.T, site *demo.Site, delay time.Duration) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/feed.xml") && r.URL.Path != "/robots.txt" {
			time.Sleep(delay)
		}
		site.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// The start-up run and a reload's run both bypass the scheduler's
// SkipIfStillRunning, and the lease lets this process back in: a run of a
// source whose pass is under way is skipped, and no observation is stored
// twice.
func TestDaemonNeverRunsTwoPassesOfASource(t *testing.T) {
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	site.Show(1)
	srv := slowSite(t, site, 500*time.Millisecond)
	cfg := loadShippedConfigEvery(t, srv.URL, site.Outlets(), "@every 1h")
	store, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var logs syncbuf.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	reload := make(chan struct{})
	var d *Daemon
	// A spread of a nanosecond starts the reload's passes at once, as the
	// start's are, so that each meets the start's pass still under way
	// (reloadspread.go spreads them by default). The runtime is compiled
	// once: compiling the rules again for the reload took longer than the
	// slow site under -race on a loaded machine, and the start's passes
	// had ended before the reload's began.
	var rt *Runtime
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: reload, ShutdownGrace: 5 * time.Second,
		ReloadSpread: time.Nanosecond,
		Load: func(ctx context.Context) (*Runtime, error) {
			if rt == nil {
				var err error
				rt, err = runtimeFor(cfg, store, io.Discard, log, d.Metrics())
				return rt, err
			}
			return rt, nil
		}})
	stop := run(t, d)
	waitFor(t, "the daemon to start", func() bool { return strings.Contains(logs.String(), "claimtrack running") })
	reload <- struct{}{} // while the start-up passes wait for the article
	waitFor(t, "the first article", func() bool { return observed(store, "gaza_death_toll") >= 1 })
	waitFor(t, "the passes to end", func() bool { return strings.Count(logs.String(), "msg=\"source run\"") >= len(site.Outlets()) })
	stop()
	if n := observed(store, "gaza_death_toll"); n != 1 {
		t.Errorf("%d observations of the toll from one article, want 1\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "already running in this process") {
		t.Errorf("the reload's run of a source under way was not skipped:\n%s", logs.String())
	}
}

// A source another process was reading when it was due is looked at again
// when that lease ends, not at its next tick an hour later: had that
// process died mid-pass, the source would wait the hour.
func TestDaemonLooksAgainWhenALeaseEnds(t *testing.T) {
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	site.Show(1)
	srv := httptest.NewServer(site)
	defer srv.Close()
	cfg := loadShippedConfigEvery(t, srv.URL, site.Outlets(), "@every 1h")
	store, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	// A replica on another host took every source and died.
	now := time.Now()
	for slug := range site.Outlets() {
		if ok, err := store.TryLease(context.Background(), slug, "elsewhere/7/1700000000000", now.Add(2*time.Second), now); !ok || err != nil {
			t.Fatal(ok, err)
		}
	}
	log := testLog(t)
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: make(chan struct{}), ShutdownGrace: 5 * time.Second,
		Load: func(ctx context.Context) (*Runtime, error) {
			return runtimeFor(cfg, store, io.Discard, log, d.Metrics())
		}})
	defer run(t, d)()
	time.Sleep(time.Second)
	if n := observed(store, "gaza_death_toll"); n != 0 {
		t.Fatalf("read a source another process held: %d observations", n)
	}
	waitFor(t, "the source read once its lease ended", func() bool { return observed(store, "gaza_death_toll") == 1 })
}

// During a rate limit with Retry-After, source passes that end every
// second do not wake delivery early: Slack is asked again exactly when it
// said, and a 429 never turns /healthz unhealthy.
func TestDaemonWaitsOutRetryAfter(t *testing.T) {
	site, cfg, store := storyOnSQLite(t)
	fake := slackfake.New()
	defer fake.Close()
	var mu sync.Mutex
	var attempts []time.Time
	var stormEnds time.Time
	fake.Fail(func(method string, call int) slackfake.Response {
		if method != "chat.postMessage" {
			return slackfake.Response{}
		}
		mu.Lock()
		defer mu.Unlock()
		now := time.Now()
		attempts = append(attempts, now)
		if stormEnds.IsZero() {
			stormEnds = now.Add(3500 * time.Millisecond)
		}
		if now.Before(stormEnds) {
			return slackfake.Response{Status: 429, RetryAfter: 2}
		}
		return slackfake.Response{}
	})
	log := testLog(t)
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: make(chan struct{}), ShutdownGrace: 5 * time.Second,
		DrainEvery: 50 * time.Millisecond,
		Load: func(ctx context.Context) (*Runtime, error) {
			rt, err := runtimeFor(cfg, store, io.Discard, log, d.Metrics())
			if err != nil {
				return nil, err
			}
			rt.Notifier, err = slack.New(slack.Config{Token: fake.Token, Channel: "#figures", APIURL: fake.APIURL(), Log: log}, store)
			return rt, err
		}})
	stop := run(t, d)
	waitFor(t, "the baseline", func() bool { return observed(store, "gaza_death_toll") == 1 })
	site.Show(2) // a change: one message to post
	healthy := true
	waitFor(t, "the change delivered", func() bool {
		rec := httptest.NewRecorder()
		d.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		healthy = healthy && rec.Code == 200
		return len(fake.Messages()) >= 1
	})
	stop()
	mu.Lock()
	defer mu.Unlock()
	// Asked at 0, 2 and 4 s: twice refused, then through.
	if len(attempts) != 3 {
		t.Fatalf("%d posts, want 3 (at 0, 2 and 4 s): %v", len(attempts), attempts)
	}
	// Never before the 2 s Slack asked for; the upper bound is loose (a
	// shared machine delays timers) and only catches a wait of its own
	// added to Slack's, such as a doubled back-off.
	for i := 1; i < len(attempts); i++ {
		if gap := attempts[i].Sub(attempts[i-1]); gap < 2*time.Second || gap > 3*time.Second {
			t.Errorf("post %d came %v after the one before, want the 2 s Slack asked for", i+1, gap)
		}
	}
	if !healthy {
		t.Error("/healthz turned unhealthy during a rate limit")
	}
}

// run runs the daemon until the returned stop is called: stop cancels
// it, waits for Run to return, and fails the test if it does not within
// 15 seconds or returns an error.
func run(t *testing.T, d *Daemon) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	var once sync.Once
	return func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(15 * time.Second):
				t.Fatal("the daemon did not stop")
			}
		})
	}
}

// TestStopDeliversWhatTheLastPassFound: a SIGTERM during a pass lets the
// pass finish, and the change it finds is delivered before the daemon
// stops, not left in the outbox until the next start.
func TestStopDeliversWhatTheLastPassFound(t *testing.T) {
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Retell(time.Now()) // live: its later articles are news, not the archive of a metric tracked since the first
	site.Show(1)
	srv, reached, release := holdingSite(t, site, articles[1].Path)
	cfg := loadShippedConfig(t, srv.URL, site.Outlets())
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	log := testLog(t)
	var out syncbuf.Buffer
	var d *Daemon
	d = New(Options{Store: st, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: make(chan struct{}), ShutdownGrace: 5 * time.Second, DrainEvery: time.Hour,
		Load: func(ctx context.Context) (*Runtime, error) { return runtimeFor(cfg, st, &out, log, d.Metrics()) }})
	stop := run(t, d)
	waitFor(t, "the first article", func() bool { return observed(st, "gaza_death_toll") == 1 })
	site.Show(2)
	select {
	case <-reached:
	case <-time.After(20 * time.Second):
		t.Fatal("the second article was never fetched")
	}
	stopWhileHeld(t, d, stop, release, func() {})
	if !strings.Contains(out.String(), "more than 32,000 → *32,414*") {
		t.Errorf("the change found by the last pass was not delivered before stopping:\n%s", out.String())
	}
}

// TestNoPruneAfterStop: once SIGTERM has come, the pass in progress may
// finish but no prune begins: it would only make the stop longer than a
// supervisor waits.
func TestNoPruneAfterStop(t *testing.T) {
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Retell(time.Now())
	site.Show(1)
	srv, reached, release := holdingSite(t, site, articles[0].Path)
	cfg := loadShippedConfig(t, srv.URL, site.Outlets())
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var logs syncbuf.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var d *Daemon
	d = New(Options{Store: st, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: make(chan struct{}), ShutdownGrace: 5 * time.Second,
		RetentionDelay: 300 * time.Millisecond,
		Load:           func(ctx context.Context) (*Runtime, error) { return runtimeFor(cfg, st, io.Discard, log, d.Metrics()) }})
	stop := run(t, d)
	select {
	case <-reached:
	case <-time.After(20 * time.Second):
		t.Fatal("the first article was never fetched")
	}
	stopWhileHeld(t, d, stop, release, func() {
		time.Sleep(600 * time.Millisecond) // past RetentionDelay, while the pass waits
	})
	got := logs.String()
	if _, after, _ := strings.Cut(got, "stopping: no new runs"); strings.Contains(after, "store pruned") {
		t.Errorf("a prune began after the stop:\n%s", got)
	}
}

// holdingSite serves site, holding the first request for path until
// release is closed; reached is closed when that request comes, so a test
// can stop the daemon while a pass is under way.
func holdingSite(t *testing.T, site *demo.Site, path string) (srv *httptest.Server, reached <-chan struct{}, release chan struct{}) {
	t.Helper()
	came, release := make(chan struct{}), make(chan struct{})
	var gate sync.Once
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == path {
			gate.Do(func() { close(came) })
			<-release
		}
		site.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, came, release
}

// stopWhileHeld stops daemon d while holdingSite holds a request of its
// pass: once d has begun stopping it runs meanwhile, then lets the request
// go on and waits for d to end.
func stopWhileHeld(t *testing.T, d *Daemon, stop func(), release chan struct{}, meanwhile func()) {
	t.Helper()
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	waitFor(t, "the daemon to begin stopping", func() bool {
		d.mu.Lock()
		defer d.mu.Unlock()
		return d.stopping
	})
	meanwhile()
	close(release)
	<-stopped
}
