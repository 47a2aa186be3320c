package daemon

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestReloadWithBrokenRulesKeepsTheOldRules reloads a configuration whose
// rule file names a vocabulary that does not exist: the load fails with the
// file and line, and the running rules keep finding figures.
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
			return runtimeFor(c, store, &out, log, d.Metrics())
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
	stop()
	mu.Lock()
	defer mu.Unlock()
	if loadErr == nil || !strings.Contains(loadErr.Error(), "m.yaml:") || !strings.Contains(loadErr.Error(), `no vocabulary "deathz" (did you mean @deaths?)`) {
		t.Errorf("the reload's error should name the file, line and vocabulary: %v", loadErr)
	}
}
