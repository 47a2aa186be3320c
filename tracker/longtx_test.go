package tracker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestLongTransactionKeepsItsHold: one transaction of a pass, slower than
// HoldFor after it queued its first value (a loaded database, a page of
// heavy articles: here the judging of the articles after it), commits
// that value held to the end of the transaction, HoldFor ahead, not to a
// hold already run out: a delivery right after the commit finds it held,
// and it is posted when the pass hands the hold back. Fails on main, where
// the hold ran from when the event was written and the delivery posted it
// mid-pass (round56's Left).
func TestLongTransactionKeepsItsHold(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		clock := &fakeClock{at: time.Now().Add(3 * time.Hour).Truncate(time.Second)}
		pol := Policy{Total: true, AnnounceFirst: true, ConflictWindow: 48 * time.Hour}
		calls := 0
		judge := func(string) (Policy, MetricInfo) {
			if calls++; calls > 1 {
				clock.advance(90 * time.Second) // each later article judged slowly
			}
			return pol, MetricInfo{Name: "Death toll", Unit: "people"}
		}
		var items []Item
		for i, toll := range []string{"32,000", "32,000", "32,000"} {
			url := fmt.Sprintf("https://herald.example/%d", i)
			items = append(items, Item{Article: article(url, "Herald", t0.Add(time.Duration(i)*time.Hour), tollStory(toll, uint64(60+i))),
				Observations: []model.Observation{obs("toll", toll, t)}})
		}
		start := clock.now()
		hold := newPassHold("herald", slog.New(slog.NewTextHandler(io.Discard, nil)), clock.now)
		if _, err := processBatch(ctx, s, items, judge, hold, nil); err != nil {
			t.Fatal(err)
		}
		if took := clock.now().Sub(start); took <= store.HoldFor {
			t.Fatalf("the transaction took %s of the clock: no longer than HoldFor", took)
		}
		if got := claimAt(t, s, clock.now()); got != "" {
			t.Errorf("a delivery right after the slow transaction claimed %q; want nothing, the pass still running", got)
		}
		hold.end(ctx, s, false)
		if got := claimAt(t, s, clock.now()); got != "toll first" {
			t.Errorf("after the pass ended, claimed %q; want its first value", got)
		}
	})
}
