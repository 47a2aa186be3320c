package store

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/model"
)

// TestRelinkMakesTheOriginalFound: a copy stored first, then its
// original, linked the other way round (Relink): a later copy of the
// story finds the original, the first copy and what was linked to it
// are the original's copies, and the copy's event waiting in the outbox
// is read back until it is delivered.
func TestRelinkMakesTheOriginalFound(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		since := t0.Add(-time.Hour)
		story := newstext.Story(3000, 56)
		cp := article("https://paper.example/copy", "Paper", t0.Add(time.Hour), story)
		cp.Text = story
		copyID, err := putArticle(ctx, s, cp)
		if err != nil {
			t.Fatal(err)
		}
		// The first lookup loads SQLite's in-memory index, which must then
		// forget the copy.
		if id, _ := s.NearCopy(ctx, cp.Fingerprint, "https://other.example/x", since); id != copyID {
			t.Fatalf("before: %d, want the copy %d, stored first", id, copyID)
		}
		respun := article("https://third.example/copy", "Third", t0.Add(2*time.Hour), story+" More.")
		respun.CopyOf = copyID
		thirdID, err := putArticle(ctx, s, respun)
		if err != nil {
			t.Fatal(err)
		}
		wire := article("https://wire.example/orig", "Wire", t0, story)
		var wireID int64
		err = s.Update(ctx, func(tx *Tx) error {
			if err := tx.Enqueue(ctx, "change:m::"+cp.URL, model.EventChange, "m", model.EventPayload{MetricName: "m"}); err != nil {
				return err
			}
			if wireID, _, err = tx.PutArticle(ctx, wire); err != nil {
				return err
			}
			return tx.Relink(ctx, copyID, wireID)
		})
		if err != nil {
			t.Fatal(err)
		}
		if id, err := s.NearCopy(ctx, cp.Fingerprint, "https://other.example/y", since); err != nil || id != wireID {
			t.Errorf("after: %d (%v), want the original %d", id, err, wireID)
		}
		err = s.Update(ctx, func(tx *Tx) error {
			for _, id := range []int64{copyID, thirdID} {
				a, err := tx.StoredArticle(ctx, id)
				if err != nil {
					return err
				}
				if a.CopyOf != wireID {
					t.Errorf("article %d is a copy of %d, want %d", id, a.CopyOf, wireID)
				}
			}
			if a, err := tx.StoredArticle(ctx, copyID); err != nil || a.Text != story || a.Outlet != "Paper" {
				t.Errorf("the copy read back: %q %q (%v)", a.Outlet, a.Text[:min(20, len(a.Text))], err)
			}
			p, err := tx.WaitingPayload(ctx, "change:m::"+cp.URL)
			if err != nil || p == nil || p.MetricName != "m" {
				t.Errorf("waiting payload %+v (%v)", p, err)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
