package daemon

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/tracker"
)

// TestEmptySectionPageWarnsOnce: a live blog's index left empty on purpose
// (tracker/testdata/empty-index.html: its links selector finds nothing) is read
// again within the hour, and every pass logged "source run failed" at
// WARN: a desk's log warned of the same empty page all night (desk59's
// leftover). The first empty read of a spell warns; the next ones of the
// same page log at INFO what they read ("page still empty"), the desk told
// already (the Slack "source failing" after three, once, as before). Near
// misses: another failure after the empty reads warns, and so does the
// page's first empty read after it.
func TestEmptySectionPageWarnsOnce(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "tracker", "testdata", "empty-index.html")) // the tracker's empty index
	if err != nil {
		t.Fatal(err)
	}
	var down atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.NotFound(w, r) // the page moved, for a pass
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	_, cfg, store := storyOnSQLite(t)
	var logged syncbuf.Buffer
	log := testLogTo(t, &logged)
	var out syncbuf.Buffer
	d := New(Options{Store: store, Log: log, Owner: tracker.Owner{Host: "test", PID: 1}, Reload: make(chan struct{}), ShutdownGrace: 5 * time.Second})
	rt, err := runtimeFor(cfg, store, &out, log, d.Metrics())
	if err != nil {
		t.Fatal(err)
	}
	d.rt = rt
	src := scrape.Source{Name: "storm-live", Page: srv.URL + "/live/storm", Links: "ul.entries a", Outlet: "Harbour Daily"}
	ctx := context.Background()
	var levels []string
	pass := func() {
		t.Helper()
		seen := len(logged.String())
		d.runPass(ctx, src, false, tracker.RunOptions{Force: true})
		for _, line := range strings.Split(logged.String()[seen:], "\n") {
			if strings.Contains(line, `msg="source run`) {
				levels = append(levels, strings.TrimPrefix(strings.Fields(line)[1], "level="))
			}
		}
	}
	for range 5 {
		pass()
	}
	down.Store(true)
	pass()
	down.Store(false)
	pass()
	pass()
	if got, want := strings.Join(levels, " "), "WARN INFO INFO INFO INFO WARN WARN INFO"; got != want {
		t.Errorf("source run lines' levels: %s, want %s", got, want)
	}
}
