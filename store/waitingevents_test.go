package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// TestWithdrawWaitingLeavesWhatADeliveryHas: a waiting event, held by a
// pass or not, is listed and withdrawn; one a delivery has claimed (being
// posted) or posted is neither: what is posted is never taken back, and
// nothing is lost or doubled.
func TestWithdrawWaitingLeavesWhatADeliveryHas(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		payload := func(text string) model.EventPayload {
			return model.EventPayload{New: &model.Observation{Readings: []model.Reading{{Name: "value", Text: text}}}}
		}
		for _, q := range []struct{ key, text, hold string }{
			{"decrease:toll:a", "300", ""},
			{"decrease:toll:b", "310", ""},
			{"decrease:toll:c", "320", PassHold("wire")},
			{"decrease:injured:d", "90", ""},
		} {
			if err := s.Update(ctx, func(tx *Tx) error {
				if q.hold != "" {
					return tx.EnqueueHeld(ctx, q.key, model.EventDecrease, "toll", payload(q.text), q.hold, time.Now().Add(HoldFor))
				}
				return tx.Enqueue(ctx, q.key, model.EventDecrease, strings.Split(q.key, ":")[1], payload(q.text))
			}); err != nil {
				t.Fatal(err)
			}
		}
		// A delivery claims the first (the held one keeps the rest of its
		// metric back).
		evs, err := s.ClaimEvents(ctx, "daemon", time.Now().Add(time.Minute), time.Now(), 1)
		if err != nil || len(evs) != 1 || evs[0].Key != "decrease:toll:a" {
			t.Fatalf("claimed %+v (%v), want the first", evs, err)
		}
		var listed, withdrawn []string
		if err := s.Update(ctx, func(tx *Tx) error {
			waiting, err := tx.WaitingEvents(ctx, model.EventDecrease, "toll", "decrease:toll:")
			if err != nil {
				return err
			}
			for _, e := range append([]model.Event{evs[0]}, waiting...) {
				if e.ID != evs[0].ID {
					listed = append(listed, e.Payload.New.Readings[0].Text)
				}
				ok, err := tx.WithdrawWaiting(ctx, e.ID)
				if err != nil {
					return err
				}
				if ok {
					withdrawn = append(withdrawn, e.Key)
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(listed, " "); got != "310 320" {
			t.Errorf("waiting: %s, want 310 320 (not the claimed one, not another metric's)", got)
		}
		if got := strings.Join(withdrawn, " "); got != "decrease:toll:b decrease:toll:c" {
			t.Errorf("withdrawn: %s, want the two waiting", got)
		}
		if n, err := s.PendingCount(ctx); err != nil || n != 2 {
			t.Errorf("%d events left undelivered (%v), want the claimed one and the other metric's", n, err)
		}
	})
}
