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
	log := testLog(t)
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
	if broken == string(b) {
		t.Fatal("the shipped rules' keywords no longer start with \"@deaths\"; update this test")
	}
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
