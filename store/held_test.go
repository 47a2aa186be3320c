package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// TestHeldEventWaitsForItsPass: a first value a pass holds (EnqueueHeld)
// is not claimed by a delivery, nor is a later event of its metric, while
// another metric's event goes out at once; a revision while it is held
// rewrites it; released, it goes out before its metric's later event; a
// hold its pass never released (a crash) runs out and the event goes out
// then, once: nothing is lost or doubled.
func TestHeldEventWaitsForItsPass(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		hold, crashed := PassHold("herald 1"), PassHold("ledger 2")
		payload := func(text string) model.EventPayload {
			return model.EventPayload{New: &model.Observation{Readings: []model.Reading{{Name: "value", Text: text}}}}
		}
		queue := func(key string, kind model.EventKind, metric, text, hold string) {
			t.Helper()
			err := s.Update(ctx, func(tx *Tx) error {
				if hold != "" {
					return tx.EnqueueHeld(ctx, key, kind, metric, payload(text), hold, time.Now().Add(HoldFor))
				}
				return tx.Enqueue(ctx, key, kind, metric, payload(text))
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		claim := func(at time.Time) string {
			t.Helper()
			evs, err := s.ClaimEvents(ctx, "daemon", at.Add(time.Minute), at, 100)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				if err := s.MarkDelivered(ctx, e.ID, model.Delivery{Channel: "#c"}, at); err != nil {
					t.Fatal(err)
				}
				got = append(got, e.Metric+" "+string(e.Kind)+" "+e.Payload.New.Readings[0].Text)
			}
			return strings.Join(got, "; ")
		}
		queue("first:toll:a", model.EventFirst, "toll", "32,000", hold)
		queue("change:toll:b", model.EventChange, "toll", "32,600", "")
		queue("change:injured:c", model.EventChange, "injured", "71,000", "")
		queue("first:displaced:d", model.EventFirst, "displaced", "1,700,000", crashed)
		if got := claim(time.Now()); got != "injured change 71,000" {
			t.Errorf("while the passes run, claimed %q; want only the other metric's change", got)
		}
		if ls, err := s.Leases(ctx, time.Now()); err != nil || len(ls) != 0 {
			t.Errorf("held events listed as leases (a copy would refuse): %+v %v", ls, err)
		}
		if err := s.Update(ctx, func(tx *Tx) error {
			_, err := tx.ReviseWaiting(ctx, model.EventFirst, "toll", "first:toll:", payload("32,500"), "", time.Time{})
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if err := s.ReleaseHeld(ctx, hold); err != nil {
			t.Fatal(err)
		}
		if got := claim(time.Now()); got != "toll first 32,500; toll change 32,600" {
			t.Errorf("after the pass ended, claimed %q; want its first value as revised, then its metric's change", got)
		}
		if got := claim(time.Now().Add(HoldFor + time.Second)); got != "displaced first 1,700,000" {
			t.Errorf("after the crashed pass's hold ran out, claimed %q; want its first value", got)
		}
		if n, err := s.PendingCount(ctx); err != nil || n != 0 {
			t.Errorf("%d events left (%v)", n, err)
		}
	})
}

// TestRenewHeldSaysWhatToDo: a renewal that fails says which source's pass
// it was, what may go wrong, and what to check.
func TestRenewHeldSaysWhatToDo(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() Store) {
		s := open()
		ctx := context.Background()
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		err := s.RenewHeld(cancelled, PassHold("herald"), time.Now().Add(HoldFor))
		if err == nil {
			t.Fatal("a renewal with its context cancelled succeeded")
		}
		for _, want := range []string{"store: unable to renew the hold", `source "herald"`, "may be delivered before the pass ends", "claimtrack store stats"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
		}
	})
}
