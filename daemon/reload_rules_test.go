package daemon

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/tracker"
	"github.com/claimtrack/claimtrack/web"
)

// TestReloadWithBrokenRulesKeepsTheOldRules reloads a configuration whose
// rule file names a vocabulary that does not exist: the load fails with the
// file and line, the running rules keep finding figures, and the
// dashboard's first page says the reload was refused, and why, until a
// reload succeeds.
func TestReloadWithBrokenRulesKeepsTheOldRules(t *testing.T) {
	site, cfg, store := storyOnSQLite(t)
	var logged syncbuf.Buffer
	log := testLogTo(t, &logged)
	var out syncbuf.Buffer
	reload := make(chan struct{})
	var mu sync.Mutex
	var loadErr error
	var d *Daemon
	d = New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: reload, ShutdownGrace: 5 * time.Second, DrainEvery: 50 * time.Millisecond,
		Load: func(ctx context.Context) (*Runtime, error) {
			c, err := config.Load(cfg.Path)
			if err != nil {
				mu.Lock()
				loadErr = err
				mu.Unlock()
				return nil, err
			}
			rt, err := runtimeFor(c, store, &out, log, d.Metrics())
			if err != nil {
				return nil, err
			}
			dash, err := web.New(web.Options{Store: store, Log: log, Token: "t0ken"})
			if err != nil {
				return nil, err
			}
			rt.Dashboard = dash.Handler()
			return rt, nil
		}})
	stop := run(t, d)
	waitFor(t, "the first article", func() bool { return observed(store, "gaza_death_toll") == 1 })

	rulePath := filepath.Join(filepath.Dir(cfg.Path), "m.yaml")
	b, err := os.ReadFile(rulePath)
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(b), `keywords: ["@deaths"`, `keywords: ["@deathz"`, 1)
	broken2 := strings.Replace(broken, "min_change: 50\n", "min_change: 5O\n", 1) // a letter O for a zero
	if broken == string(b) || broken2 == broken {
		t.Fatal("the shipped rules' keywords no longer start with \"@deaths\", or none has min_change: 50; update this test")
	}
	broken = broken2
	if err := os.WriteFile(rulePath, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	reload <- struct{}{}
	site.Show(2)
	waitFor(t, "the change read by the old rules", func() bool { return strings.Contains(out.String(), "more than 32,000 → *32,414*") })
	index := func() string {
		w := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/", nil)
		req.Header.Set("Authorization", "Bearer t0ken")
		d.Handler().ServeHTTP(w, req)
		return w.Body.String()
	}
	if page := index(); !strings.Contains(page, "<strong>Reload refused</strong>") || !strings.Contains(page, "deathz") ||
		!strings.Contains(page, "still runs the configuration it had") {
		t.Errorf("the index page should say the reload was refused and why:\n%s", page)
	}
	// What a pass read and did not post is said, as once says it.
	if !strings.Contains(logged.String(), `msg="source run"`) || !strings.Contains(logged.String(), `not_posted="1 \"first reading\""`) {
		t.Error(`the first pass's log line lacks not_posted="1 \"first reading\""`)
	}
	// Each mistake is a log line of its own, at its place, as check
	// prints them.
	for _, want := range []string{`msg="reload failed; still running the previous configuration" problems=2`,
		`msg="reload failed: ` + rulePath + `:`, `metrics[0].keywords[0]: no vocabulary \"deathz\"`, `problem="1 of 2"`,
		`min_change: expected a number (100) or a percentage`, `problem="2 of 2"`} {
		if !strings.Contains(logged.String(), want) {
			t.Errorf("the log lacks %q", want)
		}
	}
	if err := os.WriteFile(rulePath, b, 0o644); err != nil {
		t.Fatal(err)
	}
	reload <- struct{}{}
	waitFor(t, "a reload that succeeds", func() bool { return !strings.Contains(index(), "Reload refused") })
	stop()
	mu.Lock()
	defer mu.Unlock()
	if loadErr == nil || !strings.Contains(loadErr.Error(), "m.yaml:") || !strings.Contains(loadErr.Error(), `no vocabulary "deathz" (did you mean @deaths?)`) {
		t.Errorf("the reload's error should name the file, line and vocabulary: %v", loadErr)
	}
}
