package tracker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
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

// TestLaterTransactionKeepsEarlierHold: a pass's first transaction holds
// its first value HoldFor from its commit; its next transaction judges
// slowly, past that, and a delivery asks for events while it runs. The
// event must not be claimed: it is claimed only after the pass hands the
// hold back. The later transaction renews the hold as its first
// statement, so that in PostgreSQL the delivery's claim waits for its
// commit and then finds the event held (in SQLite the transaction holds
// the whole file, and the claim waits the same way: a near miss that
// passes on main). Fails on main on PostgreSQL: the hold, renewed only as
// the later transaction's last statement, had run out while it ran, and
// the delivery posted the first value mid-pass (round57's Left).
func TestLaterTransactionKeepsEarlierHold(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		clock := &fakeClock{at: time.Now().Add(3 * time.Hour).Truncate(time.Second)}
		pol := Policy{Total: true, AnnounceFirst: true, ConflictWindow: 48 * time.Hour}
		type claimed struct {
			got string
			err error
		}
		var asked chan claimed
		calls := 0
		judge := func(string) (Policy, MetricInfo) {
			calls++
			if calls > 1 {
				clock.advance(90 * time.Second) // the later transaction's articles judged slowly
			}
			if calls == 3 {
				// A delivery, from another connection, while the later
				// transaction runs and past the hold its first took.
				at := clock.now()
				asked = make(chan claimed, 1)
				go func() {
					evs, err := s.ClaimEvents(context.Background(), "daemon", at.Add(time.Minute), at, 100)
					var got []string
					for _, e := range evs {
						got = append(got, e.Metric+" "+string(e.Kind))
					}
					asked <- claimed{strings.Join(got, "; "), err}
				}()
				select {
				case c := <-asked:
					asked <- c // answered at once: nothing of the pass's was in its way
				case <-time.After(300 * time.Millisecond):
				}
			}
			return pol, MetricInfo{Name: "Death toll", Unit: "people"}
		}
		var items []Item
		for i, toll := range []string{"32,000", "32,000", "32,000"} {
			url := fmt.Sprintf("https://herald.example/%d", i)
			items = append(items, Item{Article: article(url, "Herald", t0.Add(time.Duration(i)*time.Hour), tollStory(toll, uint64(70+i))),
				Observations: []model.Observation{obs("toll", toll, t)}})
		}
		hold := newPassHold("herald", slog.New(slog.NewTextHandler(io.Discard, nil)), clock.now)
		if _, err := processBatch(ctx, s, items[:1], judge, hold, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := processBatch(ctx, s, items[1:], judge, hold, nil); err != nil {
			t.Fatal(err)
		}
		if asked == nil {
			t.Fatal("no delivery asked during the later transaction")
		}
		c := <-asked
		if c.err != nil {
			t.Fatal(c.err)
		}
		if c.got != "" {
			t.Errorf("a delivery during the later transaction claimed %q; want nothing, the pass still running", c.got)
		}
		hold.end(ctx, s, false)
		if got := claimAt(t, s, clock.now()); got != "toll first" {
			t.Errorf("after the pass ended, claimed %q; want its first value", got)
		}
	})
}
