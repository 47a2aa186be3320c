package daemon

import (
	"context"
	"errors"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/claimtrack/claimtrack/internal/syncbuf"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker"
)

// brokenSources is a store whose reads of source state fail while down is
// set, as a database that went away does.
type brokenSources struct {
	store.Store
	down atomic.Bool
}

func (b *brokenSources) SourceState(ctx context.Context, name string) (model.SourceState, error) {
	if b.down.Load() {
		return model.SourceState{}, errors.New("dial tcp 10.0.0.5:5432: connection refused")
	}
	return b.Store.SourceState(ctx, name)
}

// PendingCount fails with the rest of the store, and otherwise counts
// pending events (seven: no drain turn ever counted them).
func (b *brokenSources) PendingCount(ctx context.Context) (int, error) {
	if b.down.Load() {
		return 0, errors.New("dial tcp 10.0.0.5:5432: connection refused")
	}
	return 7, nil
}

// TestMetricsWithoutTheStore: a scrape while the store cannot be read still
// answers 200 with the process's own metrics; the store-backed source
// gauges are left out and marked stale, each failed scrape is counted, and
// the failure is logged once, not once per scrape; when the store is back
// the gauges return.
func TestMetricsWithoutTheStore(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	broken := &brokenSources{Store: st}
	var logs syncbuf.Buffer
	d := New(Options{Store: broken, Log: slog.New(slog.NewTextHandler(&logs, nil)), Owner: tracker.Owner{Host: "test", PID: 1}})
	d.rt = &Runtime{Sources: []scrape.Source{{Name: "herald"}, {Name: "gazette"}}}
	scrape := func() (int, string) {
		rec := httptest.NewRecorder()
		d.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		return rec.Code, rec.Body.String()
	}

	code, body := scrape()
	if code != 200 || !strings.Contains(body, `claimtrack_source_consecutive_failures{source="gazette"} 0`) || !strings.Contains(body, "claimtrack_source_metrics_stale 0") {
		t.Fatalf("store up: %d\n%s", code, body)
	}
	// The outbox's pending count is the store's too: read at the scrape,
	// not a value some earlier delivery turn left (none ran here).
	if !strings.Contains(body, "\nclaimtrack_outbox_pending 7\n") {
		t.Errorf("store up: the outbox's pending count not read at the scrape\n%s", body)
	}
	broken.down.Store(true)
	for i := 0; i < 3; i++ {
		code, body = scrape()
		if code != 200 || !strings.Contains(body, "go_goroutines") || !strings.Contains(body, "claimtrack_events_delivered_total") {
			t.Fatalf("store down, scrape %d: %d, want 200 with the process's metrics\n%s", i+1, code, body)
		}
		if strings.Contains(body, "claimtrack_source_last_success_timestamp_seconds{") || strings.Contains(body, "claimtrack_source_consecutive_failures{") {
			t.Errorf("store down: the source gauges should be left out, not guessed\n%s", body)
		}
		// A count read before the store went away is not shown as now's.
		if strings.Contains(body, "\nclaimtrack_outbox_pending ") {
			t.Errorf("store down: the outbox's pending count should be left out, not an old one shown as fresh\n%s", body)
		}
		if !strings.Contains(body, "claimtrack_source_metrics_stale 1") {
			t.Errorf("store down: not marked stale\n%s", body)
		}
	}
	if !strings.Contains(body, "claimtrack_source_metrics_store_errors_total 3") {
		t.Errorf("three failed scrapes should be counted\n%s", body)
	}
	if n := strings.Count(logs.String(), "/metrics: cannot read the store"); n != 1 || !strings.Contains(logs.String(), "connection refused") {
		t.Errorf("the failure logged %d times, want once with its error:\n%s", n, logs.String())
	}
	broken.down.Store(false)
	code, body = scrape()
	if code != 200 || !strings.Contains(body, `claimtrack_source_last_success_timestamp_seconds{source="herald"} 0`) || !strings.Contains(body, "claimtrack_source_metrics_stale 0") ||
		!strings.Contains(logs.String(), "the store reads again") {
		t.Errorf("store back: %d\n%s\n%s", code, body, logs.String())
	}
	broken.down.Store(true)
	scrape()
	if n := strings.Count(logs.String(), "/metrics: cannot read the store"); n != 2 {
		t.Errorf("a new run of failures is logged again: %d logs\n%s", n, logs.String())
	}
}
