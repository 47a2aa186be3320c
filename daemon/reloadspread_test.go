package daemon

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestReloadOffsets: a source the previous configuration lacked is read at
// once; the kept ones follow at equal steps within the spread, in order.
func TestReloadOffsets(t *testing.T) {
	src := func(names ...string) []scrape.Source {
		var out []scrape.Source
		for _, n := range names {
			out = append(out, scrape.Source{Name: n})
		}
		return out
	}
	for _, tc := range []struct {
		now, before []scrape.Source
		want        []time.Duration
	}{
		{src("a", "b", "c", "d"), src("a", "b", "c", "d"), []time.Duration{0, 15 * time.Second, 30 * time.Second, 45 * time.Second}},
		{src("a", "new", "b"), src("a", "b"), []time.Duration{30 * time.Second, 0, 60 * time.Second}},
		{src("x", "y"), src("a"), []time.Duration{0, 0}},
		{src("a"), src("a"), []time.Duration{0}},
	} {
		if got := reloadOffsets(tc.now, tc.before, time.Minute); !slices.Equal(got, tc.want) {
			t.Errorf("%v after %v: offsets %v, want %v", tc.now, tc.before, got, tc.want)
		}
	}
}

// TestReloadSpreadsItsPasses: after a reload the outlets' feeds are not
// all fetched in the same instant, as they were, but over the spread; and a
// second reload replaces the first's passes not yet begun rather than add
// its own to them.
func TestReloadSpreadsItsPasses(t *testing.T) {
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	site.Retell(time.Now())
	site.Show(1)
	var mu sync.Mutex
	fetched := map[string][]time.Time{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/feed.xml") {
			mu.Lock()
			fetched[r.URL.Path] = append(fetched[r.URL.Path], time.Now())
			mu.Unlock()
		}
		site.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	// An hour between ticks: every pass seen comes from the start or the reload.
	cfg := loadShippedConfigEvery(t, srv.URL, site.Outlets(), "@every 1h")
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var logBuf syncbuf.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("the daemon's log:\n%s", logBuf.String())
		}
	})
	var out syncbuf.Buffer
	reload := make(chan struct{})
	var d *Daemon
	var rt *Runtime
	const spread = 1200 * time.Millisecond
	d = New(Options{Store: st, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: reload, ShutdownGrace: 5 * time.Second,
		DrainEvery: time.Hour, ReloadSpread: spread,
		Load: func(ctx context.Context) (*Runtime, error) {
			// Compiled once: a reload's load then takes no time, so the
			// second reload below comes before the first's spread passes.
			if rt == nil {
				var err error
				rt, err = runtimeFor(cfg, st, &out, log, d.Metrics())
				return rt, err
			}
			return rt, nil
		}})
	stop := run(t, d)
	defer stop()
	n := len(site.Outlets())
	count := func(min int) func() bool {
		return func() bool {
			mu.Lock()
			defer mu.Unlock()
			for _, ts := range fetched {
				if len(ts) < min {
					return false
				}
			}
			return len(fetched) == n
		}
	}
	waitFor(t, "the start's passes", count(1))
	// The start's passes finish before the reload, so none is skipped as
	// still running.
	waitFor(t, "the start's passes to end", func() bool { return strings.Count(logBuf.String(), `msg="source run"`) == n })
	reload <- struct{}{}
	waitFor(t, "the reload's passes", count(2))
	mu.Lock()
	var second []time.Time
	for _, ts := range fetched {
		second = append(second, ts[1])
	}
	mu.Unlock()
	first, last := slices.MinFunc(second, time.Time.Compare), slices.MaxFunc(second, time.Time.Compare)
	// n sources over the spread: the last starts (n-1)/n of it after the
	// first; half that gap leaves room for a loaded machine's timers.
	if gap := last.Sub(first); gap < spread*time.Duration(n-1)/time.Duration(n)/2 {
		t.Errorf("the reload's %d passes began within %v of each other; want them spread over %v", n, gap, spread)
	}

	reload <- struct{}{}
	time.Sleep(spread / time.Duration(4*n)) // before the first reload's second pass
	reload <- struct{}{}
	waitFor(t, "the last reload's passes", count(3))
	time.Sleep(2 * spread) // a pass left from the earlier reload would have run by now
	mu.Lock()
	more := 0
	for path, ts := range fetched {
		// Only the first source of both reloads, at once in each, may be
		// read twice (once, when the first's pass still runs).
		if len(ts) > 3 {
			more++
		}
		if len(ts) > 4 {
			t.Errorf("%s fetched %d times", path, len(ts))
		}
	}
	if more > 1 {
		t.Errorf("%d sources were read by both reloads: the first's pending passes were not dropped: %v", more, fetched)
	}
	before := map[string]int{}
	for path, ts := range fetched {
		before[path] = len(ts)
	}
	mu.Unlock()

	// A source its schedule reads before its turn comes is not read again
	// at its turn: the tick did the pass's work. The last source waits
	// longest; a tick (run here by hand) reads it first.
	reload <- struct{}{}
	waitFor(t, "the fourth reload", func() bool { return strings.Count(logBuf.String(), "configuration reloaded") == 4 })
	lastSrc := rt.Sources[len(rt.Sources)-1]
	d.runPass(context.Background(), lastSrc, true, tracker.RunOptions{})
	time.Sleep(2 * spread)
	mu.Lock()
	defer mu.Unlock()
	for path, ts := range fetched {
		if got := len(ts) - before[path]; got != 1 {
			t.Errorf("%s: read %d times after the last reload; want once (its tick or its turn, not both)", path, got)
		}
	}
}
