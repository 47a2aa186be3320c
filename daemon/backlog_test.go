package daemon

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/demo"
	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestDaemonAddsASourceWithoutItsPast: a daemon follows one outlet; a
// second is added later (a reload) whose feed holds an article published
// before the toll's tracking began. That article is the archive's past: it
// posts nothing, and its figure, newer than the accepted one, becomes the
// baseline silently, so the next live article is posted as a change from
// it.
func TestDaemonAddsASourceWithoutItsPast(t *testing.T) {
	articles, _ := demo.Articles()
	site := demo.NewSite(articles)
	// Ten minutes ago the story began: the wire's 32,414 (article 2) was
	// published some five minutes ago, the Courier's 33,091 (article 6)
	// is published two minutes from now.
	site.Retell(time.Now().Add(-60 * demo.RetoldHour))
	site.Show(2)
	srv := httptest.NewServer(site)
	t.Cleanup(srv.Close)
	outlets := site.Outlets()
	courierOnly := loadShippedConfig(t, srv.URL, map[string]string{"courier": outlets["courier"]})
	withWire := loadShippedConfig(t, srv.URL, map[string]string{"courier": outlets["courier"], "wire": outlets["wire"]})
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	log := testLog(t)
	var out syncbuf.Buffer
	reload := make(chan struct{})
	loads := 0
	var d *Daemon
	d = New(Options{Store: st, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: reload, ShutdownGrace: 5 * time.Second, DrainEvery: 50 * time.Millisecond,
		Load: func(ctx context.Context) (*Runtime, error) {
			loads++
			cfg := courierOnly
			if loads > 1 {
				cfg = withWire
			}
			return runtimeFor(cfg, st, &out, log, d.Metrics())
		}})
	stop := run(t, d)
	waitFor(t, "the Courier's first toll", func() bool { return observed(st, "gaza_death_toll") == 1 })
	reload <- struct{}{} // the wire is added
	waitFor(t, "the wire's archived toll", func() bool { return observed(st, "gaza_death_toll") == 2 })
	site.Show(6)
	waitFor(t, "the Courier's live toll", func() bool { return strings.Contains(out.String(), "32,414 → *33,091*") })
	stop()
	if strings.Contains(out.String(), "→ *32,414*") {
		t.Errorf("the added source's archived figure was posted:\n%s", out.String())
	}
	hist, err := st.History(context.Background(), "gaza_death_toll")
	if err != nil || len(hist) < 2 || hist[1].Outcome != tracker.Backlog.String() {
		t.Errorf("the wire's archived toll should read as backlog: %+v, %v", hist, err)
	}
}
