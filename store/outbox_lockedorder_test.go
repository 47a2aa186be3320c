package store

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// A held first value whose committed hold has run out while a
// pass's slow transaction renews it (uncommitted, its row locked); another
// source's later event of the same metric, committed meanwhile. A delivery
// during the slow transaction must claim neither: the change must not go
// out before the first value it changes.
func TestClaimKeepsMetricOrderPastALockedHeldEvent(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		hold := PassHold("herald")
		payload := func(text string) model.EventPayload {
			return model.EventPayload{New: &model.Observation{Readings: []model.Reading{{Name: "value", Text: text}}}}
		}
		// E1: held, its committed hold already run out (the slow
		// transaction began more than HoldFor after its last commit).
		if err := s.Update(ctx, func(tx *Tx) error {
			return tx.EnqueueHeld(ctx, "first:toll:a", model.EventFirst, "toll", payload("32,000"), hold, time.Now().Add(-time.Second))
		}); err != nil {
			t.Fatal(err)
		}
		// E2: another source's later change of the same metric.
		if err := s.Update(ctx, func(tx *Tx) error {
			return tx.Enqueue(ctx, "change:toll:b", model.EventChange, "toll", payload("32,600"))
		}); err != nil {
			t.Fatal(err)
		}
		renewed, release, done := make(chan struct{}), make(chan struct{}), make(chan error)
		go func() {
			done <- s.Update(ctx, func(tx *Tx) error {
				if err := tx.RenewHeld(ctx, hold, time.Now().Add(HoldFor)); err != nil {
					return err
				}
				close(renewed)
				<-release
				return nil
			})
		}()
		<-renewed
		type res struct {
			evs []model.Event
			err error
		}
		got := make(chan res, 1)
		go func() {
			evs, err := s.ClaimEvents(ctx, "daemon", time.Now().Add(time.Minute), time.Now(), 100)
			got <- res{evs, err}
		}()
		var r res
		select {
		case r = <-got:
		case <-time.After(3 * time.Second):
			close(release)
			r = <-got
		}
		select {
		case <-release:
		default:
			close(release)
		}
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if r.err != nil {
			t.Fatal(r.err)
		}
		for _, e := range r.evs {
			t.Errorf("claimed %s %s during the slow transaction: the metric's later event went out before its held first value", e.Metric, e.Kind)
		}
	})
}
