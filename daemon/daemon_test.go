package daemon

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/notify"
	"github.com/claimtrack/claimtrack/notify/slack"
	"github.com/claimtrack/claimtrack/notify/slack/slackfake"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// syncBuffer is a bytes.Buffer safe for the daemon's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func loadShippedConfig(t *testing.T, feedBase string, outlets map[string]string) *config.Config {
	t.Helper()
	dir := t.TempDir()
	b, _ := os.ReadFile("../metrics/israel-gaza.yaml")
	os.WriteFile(filepath.Join(dir, "m.yaml"), b, 0o644)
	var src strings.Builder
	for slug, name := range outlets {
		src.WriteString("  - name: " + slug + "\n    outlet: " + name + "\n    feed: " + feedBase + "/" + slug + "/feed.xml\n    schedule: \"@every 1s\"\n")
	}
	p := filepath.Join(dir, "config.yaml")
	os.WriteFile(p, []byte("user_agent: test\nlisten: \"\"\nfetch:\n  per_host_rate: 500\nrule_files: [m.yaml]\nsources:\n"+src.String()), 0o644)
	cfg, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func runtimeFor(cfg *config.Config, store tracker.Store, out io.Writer, log *slog.Logger, stats tracker.Stats) (*Runtime, error) {
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
	p := &tracker.Pipeline{Store: store, Fetcher: f, Engine: eng, Log: log, ConflictWindow: 48 * time.Hour, Backoff: backoff, Stats: stats}
	return &Runtime{Config: cfg, Pipeline: p, Sources: sources, Notifier: notify.Console{W: out, Renderer: r}}, nil
}

// observed counts a metric's observations.
func observed(s tracker.Store, metric string) int {
	h, _ := s.History(context.Background(), metric)
	return len(h)
}

// testLog is a logger whose lines the test prints if it fails, so that a
// failure seen only under CI's load says what the daemon was doing.
func testLog(t *testing.T) *slog.Logger {
	var buf syncBuffer
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
func storyOnSQLite(t *testing.T) (*demo.Site, *config.Config, tracker.Store) {
	t.Helper()
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Show(1)
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	cfg := loadShippedConfig(t, srv.URL, site.Outlets())
	store, err := tracker.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return site, cfg, store
}

func TestDaemonRunsReloadsAndStops(t *testing.T) {
	site, cfg, store := storyOnSQLite(t)
	log := testLog(t)
	var out syncBuffer
	reload := make(chan struct{})
	loads := 0
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: "test", Reload: reload, ShutdownGrace: 5 * time.Second, DrainEvery: 50 * time.Millisecond,
		Load: func(ctx context.Context) (*Runtime, error) {
			loads++
			if loads == 2 {
				return nil, errors.New("config.yaml:3:1: colour: unknown key")
			}
			return runtimeFor(cfg, store, &out, log, d.Metrics())
		}})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- d.Run(ctx) }()

	waitFor(t, "the first article", func() bool { return observed(store, "gaza_death_toll") == 1 })
	site.Show(2)
	waitFor(t, "the first change", func() bool { return strings.Contains(out.String(), "More than 32,000 → *32,414*") })
	h := d.Handler()
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ready", "/metrics": "claimtrack_articles_total"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("%s: %d %q", path, rec.Code, rec.Body.String())
		}
	}
	reload <- struct{}{} // an invalid config: logged, the old one keeps running
	site.Show(6)
	waitFor(t, "the later change", func() bool { return strings.Contains(out.String(), "32,414 → *33,091*") })
	reload <- struct{}{} // a valid one
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the daemon did not stop")
	}
	if n := strings.Count(out.String(), "More than 32,000 → *32,414*"); n != 1 {
		t.Errorf("the first change was posted %d times", n)
	}
}

// TestThreeReplicasShareTheWork starts three daemons on one PostgreSQL
// database: each event must be delivered once.
func TestThreeReplicasShareTheWork(t *testing.T) {
	dsn := pgtest.Schema(t)
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	srv := httptest.NewServer(site)
	defer srv.Close()
	cfg := loadShippedConfig(t, srv.URL, site.Outlets())
	log := testLog(t)
	var out syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var first tracker.Store
	for i := 0; i < 3; i++ {
		store, err := tracker.Open(ctx, dsn, "")
		if err != nil {
			t.Fatal(err)
		}
		defer store.Close()
		if first == nil {
			first = store
		}
		var d *Daemon
		d = New(Options{Store: store, Log: log, Owner: "replica-" + string(rune('a'+i)), Reload: make(chan struct{}), DrainEvery: 50 * time.Millisecond,
			Load: func(ctx context.Context) (*Runtime, error) { return runtimeFor(cfg, store, &out, log, d.Metrics()) }})
		wg.Add(1)
		go func() { defer wg.Done(); d.Run(ctx) }()
	}
	// Reveal the story one article at a time, each once it has been read.
	for i := range articles {
		site.Show(i + 1)
		want := i + 1
		waitFor(t, "the next article", func() bool { n, _ := first.CountArticles(ctx); return n >= want })
	}
	waitFor(t, "the conflict", func() bool { return strings.Contains(out.String(), "outlets disagree") })
	cancel()
	wg.Wait()
	got := out.String()
	for _, want := range []string{"More than 32,000 → *32,414*", "32,414 → *33,091*", "more than a million (1,000,000) → *more than 1.4 million (1,400,000)*", "outlets disagree"} {
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
	d = New(Options{Store: store, Log: log, Owner: "test", Reload: reload, ShutdownGrace: 5 * time.Second,
		DrainEvery: 20 * time.Millisecond, RetryBase: 10 * time.Millisecond,
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
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error)
	go func() { done <- d.Run(ctx) }()

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
	cancel()
	<-done
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
