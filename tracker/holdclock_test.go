package tracker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// fakeClock is a wall clock a test moves by hand.
type fakeClock struct {
	mu sync.Mutex
	at time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.at
}

func (c *fakeClock) set(at time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at = at
}

func (c *fakeClock) advance(d time.Duration) time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.at = c.at.Add(d)
	return c.at
}

// renewingStore records the ends a hold is renewed to (RenewHeld).
type renewingStore struct {
	store.Store
	renewed []time.Time
}

func (r *renewingStore) RenewHeld(ctx context.Context, hold string, until time.Time) error {
	r.renewed = append(r.renewed, until)
	return r.Store.RenewHeld(ctx, hold, until)
}

// claimAt claims and marks delivered what a delivery may claim at at, as
// "metric kind" each.
func claimAt(t *testing.T, s store.Store, at time.Time) string {
	t.Helper()
	ctx := context.Background()
	evs, err := s.ClaimEvents(ctx, "daemon", at.Add(time.Minute), at, 100)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		if err := s.MarkDelivered(ctx, e.ID, model.Delivery{Channel: "#c"}, at); err != nil {
			t.Fatal(err)
		}
		got = append(got, e.Metric+" "+string(e.Kind))
	}
	return strings.Join(got, "; ")
}

// TestPassHoldRenewsByItsClock: a pass's hold on the first value it queued
// is renewed, HoldFor ahead, once a quarter of HoldFor has gone since it
// was last held or renewed, and not before; a delivery between the first
// hold's end and the renewal's does not post the event; a hold no pass
// renews (its process died) runs out at HoldFor; a failed pass holds on
// for HoldAfterFailure, and the source's next pass hands it back. Read by
// the hold's own clock (SourcePass.HoldClock), not the wall's.
func TestPassHoldRenewsByItsClock(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := &renewingStore{Store: open()}
		c0 := time.Now().Add(-3 * time.Hour).Truncate(time.Second) // any clock: not the wall's
		clock := &fakeClock{at: c0}
		log := slog.New(slog.NewTextHandler(io.Discard, nil))
		hold := func(source, metric string) *passHold {
			t.Helper()
			h := newPassHold(source, log, clock.now)
			err := s.Update(ctx, func(tx *store.Tx) error {
				h.hold()
				return tx.EnqueueHeld(ctx, "first:"+metric+":1", model.EventFirst, metric, model.EventPayload{}, h.name, h.until())
			})
			if err != nil {
				t.Fatal(err)
			}
			return h
		}
		h := hold("herald", "toll")
		hold("ledger", "displaced") // its process died: never renewed nor handed back

		clock.set(c0.Add(store.HoldFor/4 - time.Second))
		h.keep(ctx, s)
		if len(s.renewed) != 0 {
			t.Fatalf("renewed %v before a quarter of HoldFor had gone", s.renewed)
		}
		clock.set(c0.Add(store.HoldFor / 4))
		h.keep(ctx, s)
		if want := c0.Add(store.HoldFor/4 + store.HoldFor); len(s.renewed) != 1 || !s.renewed[0].Equal(want) {
			t.Fatalf("renewed %v, want once, to %v", s.renewed, want)
		}
		if got := claimAt(t, s, c0.Add(store.HoldFor+time.Second)); got != "displaced first" {
			t.Errorf("past the first hold's end, claimed %q; want only the dead pass's event", got)
		}
		clock.set(c0.Add(store.HoldFor/2 - time.Second))
		h.keep(ctx, s)
		if len(s.renewed) != 1 {
			t.Fatalf("renewed again %v less than a quarter of HoldFor after the last", s.renewed[1:])
		}
		// The pass fails: its event is held on for the next pass.
		failedAt := clock.advance(time.Minute)
		h.end(ctx, s, true)
		if want := failedAt.Add(store.HoldAfterFailure); len(s.renewed) != 2 || !s.renewed[1].Equal(want) {
			t.Fatalf("after the failure renewed %v, want to %v", s.renewed, want)
		}
		if got := claimAt(t, s, failedAt.Add(store.HoldAfterFailure-time.Second)); got != "" {
			t.Errorf("while the failed pass holds on, claimed %q", got)
		}
		clock.advance(15 * time.Minute)
		newPassHold("herald", log, clock.now).end(ctx, s, false)
		if got := claimAt(t, s, clock.now()); got != "toll first" {
			t.Errorf("after the next pass ended, claimed %q; want its held first value", got)
		}
	})
}

// clockStore is a store each of whose transactions takes step of a fake
// clock, after which a delivery drains the outbox at that clock's time, as
// the daemon's may between a slow pass's transactions. It notes what was
// delivered before the pass handed back its hold (ReleaseHeld) and after.
type clockStore struct {
	store.Store
	clock     *fakeClock
	step      time.Duration
	released  bool
	delivered []string
}

func (c *clockStore) Update(ctx context.Context, fn func(tx *store.Tx) error) error {
	c.clock.advance(c.step)
	if err := c.Store.Update(ctx, fn); err != nil {
		return err
	}
	now := c.clock.now()
	evs, err := c.Store.ClaimEvents(ctx, "daemon", now.Add(time.Minute), now, 100)
	if err != nil {
		return err
	}
	for _, e := range evs {
		if err := c.Store.MarkDelivered(ctx, e.ID, model.Delivery{Channel: "#c", MessageTS: "1.0"}, now); err != nil {
			return err
		}
		when := "during the pass"
		if c.released {
			when = "after it"
		}
		c.delivered = append(c.delivered, fmt.Sprintf("%s %s %s", e.Kind, e.Payload.New.Readings[0].Text, when))
	}
	return nil
}

func (c *clockStore) ReleaseHeld(ctx context.Context, hold string) error {
	c.released = true
	return c.Store.ReleaseHeld(ctx, hold)
}

// TestSlowPassKeepsItsHold: a first pass that outlasts HoldFor holds the
// first value it queued until it ends, for it renews the hold as it runs:
// between transactions that take 90 seconds each (a loaded database), and
// while it reads on for minutes after storing the article that gave the
// value (each article stored as read, heldTextBudget, and each page taking
// 50 seconds: a slow host). A delivery between two transactions, or two
// pages, at the hold's clock's time, finds it held, and so does one after
// a later transaction revised it (held by the hold's clock, not the
// store's); it is posted once, after the pass, with the value the pass
// ends at.
func TestSlowPassKeepsItsHold(t *testing.T) {
	cases := []struct {
		name            string
		perTx, perPage  time.Duration
		storedAsItReads bool
		tolls           map[int]string // by article, as longArchive lists them
		want            string
	}{
		// One toll: nothing but keep renews the hold.
		{"between transactions", 90 * time.Second, 0, false, map[int]string{5: "32,000"}, "first 32,000 after it"},
		// The second toll revises the held value (reviseFirst), which
		// holds it HoldFor ahead by the hold's clock.
		{"revised between transactions", 90 * time.Second, 0, false, map[int]string{5: "32,000", 25: "32,400"}, "first 32,400 after it"},
		{"while it reads", 0, 50 * time.Second, true, map[int]string{5: "32,000"}, "first 32,000 after it"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.storedAsItReads {
				defer func(was int) { heldTextBudget = was }(heldTextBudget)
				heldTextBudget = 1
			}
			eachStore(t, func(t *testing.T, open func() store.Store) {
				slowPassKeepsItsHold(t, open(), c.perTx, c.perPage, c.tolls, c.want)
			})
		})
	}
}

// slowPassKeepsItsHold runs TestSlowPassKeepsItsHold on s, each
// transaction taking perTx and each page perPage of the hold's clock, the
// archive's articles giving tolls; want is what is delivered.
func slowPassKeepsItsHold(t *testing.T, s store.Store, perTx, perPage time.Duration, tolls map[int]string, want string) {
	c0 := time.Now().Add(3 * time.Hour).Truncate(time.Second) // any clock: not the wall's
	clock := &fakeClock{at: c0}
	cs := &clockStore{Store: s, clock: clock, step: perTx}
	site := &orderSite{onPage: func() { clock.advance(perPage) }}
	url := site.serve(t)
	t0 := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
	longArchive(site, t0, tolls)
	_, p := testPass(t)
	p.Store, p.Engine = cs, announcingEngine(t)
	p.Now = func() time.Time { return t0.Add(24 * time.Hour) }
	p.HoldClock = clock.now
	res := p.Run(context.Background(), scrape.Source{Name: "herald", Outlet: "Herald", Feed: url + "/feed.xml"})
	if res.Err != nil {
		t.Fatalf("the pass: %+v", res)
	}
	if took := clock.now().Sub(c0); took < 2*store.HoldFor {
		t.Fatalf("the pass took %s of the clock: too short to outlast its first hold", took)
	}
	if got := strings.Join(cs.delivered, "; "); got != want {
		t.Errorf("delivered %q; want %q: the first value the pass ends at, once, after it", got, want)
	}
}

// TestSlowPageKeepsItsHold: a pass stores its first value as it reads
// (heldTextBudget), then one page takes four minutes of the hold's clock
// (a slow host's retries), in steps of 30 seconds, and a delivery asks for
// events after each step. The value stays held while the page is fetched
// and is posted once, after the pass: the hold is renewed beside the pass
// (renewWhile), not only between pages. Fails on main: the hold ran out two
// minutes into the page and the delivery posted the first value mid-pass
// (round57's Left).
func TestSlowPageKeepsItsHold(t *testing.T) {
	defer func(was int) { heldTextBudget = was }(heldTextBudget)
	heldTextBudget = 1
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		c0 := time.Now().Add(3 * time.Hour).Truncate(time.Second) // any clock: not the wall's
		clock := &fakeClock{at: c0}
		cs := &clockStore{Store: s, clock: clock}
		var mu sync.Mutex
		served := 0
		site := &orderSite{onPage: func() {
			mu.Lock()
			served++
			slow := served == 3 // the feed, the newest article (the toll), then this one
			mu.Unlock()
			if !slow {
				return
			}
			for range 8 {
				now := clock.advance(30 * time.Second)
				time.Sleep(30 * time.Millisecond) // the renewer's turn
				evs, err := s.ClaimEvents(context.Background(), "daemon", now.Add(time.Minute), now, 100)
				if err != nil {
					t.Error(err)
					return
				}
				for _, e := range evs {
					if err := s.MarkDelivered(context.Background(), e.ID, model.Delivery{Channel: "#c", MessageTS: "1.0"}, now); err != nil {
						t.Error(err)
					}
					mu.Lock()
					cs.delivered = append(cs.delivered, fmt.Sprintf("%s %s while a page was fetched", e.Kind, e.Payload.New.Readings[0].Text))
					mu.Unlock()
				}
			}
		}}
		url := site.serve(t)
		start := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
		longArchive(site, start, map[int]string{44: "32,000"})
		_, p := testPass(t)
		p.Store, p.Engine = cs, announcingEngine(t)
		p.Now = func() time.Time { return start.Add(24 * time.Hour) }
		p.HoldClock, p.HoldTick = clock.now, 2*time.Millisecond
		res := p.Run(context.Background(), scrape.Source{Name: "herald", Outlet: "Herald", Feed: url + "/feed.xml"})
		if res.Err != nil {
			t.Fatalf("the pass: %+v", res)
		}
		if took := clock.now().Sub(c0); took < 2*store.HoldFor {
			t.Fatalf("the pass took %s of the clock: too short to outlast its first hold", took)
		}
		mu.Lock()
		defer mu.Unlock()
		if got, want := strings.Join(cs.delivered, "; "), "first 32,000 after it"; got != want {
			t.Errorf("delivered %q; want %q: the first value, once, after the pass", got, want)
		}
	})
}
