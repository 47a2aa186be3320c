package tracker

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// TestEmptySectionPageBacksOffWithinTheHour: a live blog's index with no
// entry yet (testdata/empty-index.html: its links selector finds nothing)
// fails its pass, as a broken selector does, and backs off as failures do,
// reported failing after three, but never waits more than an hour
// (health.EmptyPageMax): when its first entries come it is read within the
// hour. On main its tenth empty read waited six hours. Near miss: any other
// failure still backs off for hours (to the backoff's six).
func TestEmptySectionPageBacksOffWithinTheHour(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "empty-index.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		_, p := testPass(t)
		p.Store = s
		src := scrape.Source{Name: "storm-live", Page: srv.URL + "/live/storm", Links: "ul.entries a", Outlet: "Harbour Daily"}
		res := p.Run(ctx, src)
		var noLinks *scrape.NoLinksError
		if !errors.As(res.Err, &noLinks) {
			t.Fatalf("the empty page's pass: %v, want a page with no link", res.Err)
		}
		other := Result{Source: "wire", Err: errors.New("fetch https://wire.example/rss: 503")}
		now := t0
		// The pass recorded the first empty read; the next nine are
		// recorded as passes after each wait would record them.
		for i := 2; i <= 10; i++ {
			st, err := RecordFetch(ctx, s, res, now, health.DefaultBackoff)
			if err != nil {
				t.Fatal(err)
			}
			if wait := st.NextAttempt.Sub(now); st.Failures != i || wait > health.EmptyPageMax || wait < min(time.Minute<<(i-1), health.EmptyPageMax*5/6) {
				t.Errorf("empty read %d: %d failures, next in %s", i, st.Failures, wait)
			}
			if st.Failing != (i >= 3) {
				t.Errorf("empty read %d: failing %v", i, st.Failing)
			}
			ost, err := RecordFetch(ctx, s, other, now, health.DefaultBackoff)
			if err != nil {
				t.Fatal(err)
			}
			if wait := ost.NextAttempt.Sub(now); i == 10 && wait <= 4*health.EmptyPageMax {
				t.Errorf("another failure, the ninth: next in %s, want hours more", wait)
			}
			now = st.NextAttempt
		}
	})
}
