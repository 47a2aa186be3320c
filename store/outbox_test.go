package store

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

func TestStoreLeasesAndClaims(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		ok1, _ := s.TryLease(ctx, "wire", "a", t0.Add(time.Minute), t0)
		ok2, _ := s.TryLease(ctx, "wire", "b", t0.Add(time.Minute), t0.Add(time.Second))
		ok3, _ := s.TryLease(ctx, "wire", "b", t0.Add(3*time.Minute), t0.Add(2*time.Minute))
		if !ok1 || ok2 || !ok3 {
			t.Errorf("leases: %v %v %v", ok1, ok2, ok3)
		}
		for i := 0; i < 20; i++ {
			a := article(fmt.Sprintf("https://a.example/%d", i), "A", t0, fmt.Sprint(i))
			if err := queueEvent(ctx, s, a, fmt.Sprintf("m%d", i), 700); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		seen := map[int64]string{}
		var wg sync.WaitGroup
		for _, owner := range []string{"x", "y", "z"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				evs, err := s.ClaimEvents(ctx, owner, time.Now().Add(time.Minute), time.Now(), 100)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				defer mu.Unlock()
				for _, e := range evs {
					if prev, dup := seen[e.ID]; dup {
						t.Errorf("event %d claimed by %s and %s", e.ID, prev, owner)
					}
					seen[e.ID] = owner
				}
			}()
		}
		wg.Wait()
		if len(seen) != 20 {
			t.Errorf("claimed %d of 20 events", len(seen))
		}
	})
}

func TestOutboxDeliveryRecords(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		for i, fig := range []float64{700, 800} {
			a := article(fmt.Sprintf("https://a.example/%d", i), "A", t0.Add(time.Duration(i)*time.Hour), fmt.Sprint(fig))
			if err := queueEvent(ctx, s, a, "toll", fig); err != nil {
				t.Fatal(err)
			}
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "a", t0.Add(time.Minute), t0); !ok {
			t.Fatal("free lease not taken")
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "b", t0.Add(2*time.Minute), t0.Add(30*time.Second)); ok {
			t.Error("lease held by a given to b")
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "a", t0.Add(2*time.Minute), t0.Add(30*time.Second)); !ok {
			t.Error("holder could not renew")
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "b", t0.Add(4*time.Minute), t0.Add(3*time.Minute)); !ok {
			t.Error("expired lease not taken over")
		}

		// A drain that ends hands the lease and its claims back: the next
		// process need not wait for them to expire.
		if err := s.ReleaseOutbox(ctx, "outbox", "b"); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.HoldLease(ctx, "outbox", "c", t0.Add(5*time.Minute), t0.Add(3*time.Minute+time.Second)); !ok {
			t.Error("a released lease was not free")
		}
		if evs, _ := s.ClaimEvents(ctx, "b", time.Now().Add(time.Minute), time.Now(), 10); len(evs) != 2 {
			t.Fatalf("b claims: %d", len(evs))
		}
		if evs, _ := s.ClaimEvents(ctx, "c", time.Now().Add(time.Minute), time.Now(), 10); len(evs) != 0 {
			t.Fatalf("events claimed by b were given to c: %d", len(evs))
		}
		s.ReleaseOutbox(ctx, "outbox", "b")

		evs, err := s.ClaimEvents(ctx, "a", time.Now().Add(time.Minute), time.Now(), 10)
		if err != nil || len(evs) != 2 {
			t.Fatalf("claim: %v %v", evs, err)
		}
		if _, ts, _ := s.Thread(ctx, "toll", "#figures"); ts != "" {
			t.Errorf("thread before any delivery: %q", ts)
		}
		// A crash after BeginAttempt leaves the mark the notifier reads.
		began := time.Now().Truncate(time.Millisecond)
		if err := s.BeginAttempt(ctx, evs[0].ID, began); err != nil {
			t.Fatal(err)
		}
		if err := s.BeginAttempt(ctx, evs[0].ID, began.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		again, _ := s.ClaimEvents(ctx, "a", time.Now().Add(time.Minute), time.Now(), 10)
		if again[0].Attempts != 2 || !again[0].FirstAttempt.Equal(began) {
			t.Errorf("after two attempts: attempts %d, first %v (want 2, %v)", again[0].Attempts, again[0].FirstAttempt, began)
		}
		if err := s.MarkDelivered(ctx, evs[0].ID, model.Delivery{Channel: "#figures", ChannelID: "C1", MessageTS: "100.1"}, time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkDelivered(ctx, evs[1].ID, model.Delivery{Channel: "#figures", ChannelID: "C1", MessageTS: "100.2", ThreadTS: "100.1"}, time.Now()); err != nil {
			t.Fatal(err)
		}
		if id, ts, err := s.Thread(ctx, "toll", "#figures"); id != "C1" || ts != "100.1" || err != nil {
			t.Errorf("thread: %q %q %v; want C1 100.1", id, ts, err)
		}
		if id, ts, _ := s.Thread(ctx, "toll", "#other"); id != "" || ts != "" {
			t.Errorf("thread in another channel: %q %q", id, ts)
		}
		if id, ts, _ := s.Thread(ctx, "", "#figures"); id != "C1" || ts != "" {
			t.Errorf("channel id alone: %q %q", id, ts)
		}
		all, err := s.Events(ctx, 10)
		if err != nil || len(all) != 2 || all[0].ID != evs[1].ID || all[0].Delivered == nil || all[0].ThreadTS != "100.1" {
			t.Errorf("events, newest first: %+v %v", all, err)
		}
	})
}
