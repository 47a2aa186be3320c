package store

import (
	"context"
	"testing"
	"time"
)

// Leases lists what is held now: a source's lease, the outbox's, and an
// owner's claimed events; nothing that has ended or been given back.
func TestLeasesListsWhoHoldsWhat(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		now := t0
		s.TryLease(ctx, "wire", "h/1/1", now.Add(time.Minute), now)
		s.TryLease(ctx, "ledger", "h/2/2", now.Add(time.Second), now.Add(-time.Minute)) // ended
		s.TryLease(ctx, "harbour", "h/3/3", now.Add(time.Minute), now)
		s.TryLease(ctx, "harbour", "h/3/3", time.Time{}, now) // given back
		s.HoldLease(ctx, "outbox", "h/1/1", now.Add(2*time.Minute), now)
		if err := queueEvent(ctx, s, article("https://a.example/1", "A", t0, "1"), "m", 700); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ClaimEvents(ctx, "h/1/1", now.Add(2*time.Minute), now, 10); err != nil {
			t.Fatal(err)
		}
		got, err := s.Leases(ctx, now.Add(10*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		want := []Lease{
			{Kind: SourceLease, Name: "wire", Owner: "h/1/1", Until: now.Add(time.Minute)},
			{Kind: NamedLease, Name: "outbox", Owner: "h/1/1", Until: now.Add(2 * time.Minute)},
			{Kind: EventClaims, Owner: "h/1/1", Until: now.Add(2 * time.Minute), Claims: 1},
		}
		if len(got) != len(want) {
			t.Fatalf("leases: %+v, want %+v", got, want)
		}
		for i := range want {
			if got[i].Kind != want[i].Kind || got[i].Name != want[i].Name || got[i].Owner != want[i].Owner || !got[i].Until.Equal(want[i].Until) || got[i].Claims != want[i].Claims {
				t.Errorf("lease %d: %+v, want %+v", i, got[i], want[i])
			}
		}
	})
}
