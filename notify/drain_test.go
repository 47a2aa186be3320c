package notify

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// recOutbox records what Drain does with the outbox.
type recOutbox struct {
	events   []model.Event
	began    []int64
	released int
	leased   bool
}

func (o *recOutbox) HoldLease(context.Context, string, string, time.Time, time.Time) (bool, error) {
	return o.leased, nil
}
func (o *recOutbox) ReleaseOutbox(context.Context, string, string) error { o.released++; return nil }
func (o *recOutbox) ClaimEvents(context.Context, string, time.Time, time.Time, int) ([]model.Event, error) {
	var out []model.Event
	for _, e := range o.events {
		if e.Delivered == nil {
			out = append(out, e)
		}
	}
	return out, nil
}
func (o *recOutbox) BeginAttempt(_ context.Context, id int64, _ time.Time) error {
	o.began = append(o.began, id)
	return nil
}
func (o *recOutbox) MarkAttempt(context.Context, int64, string) error { return nil }
func (o *recOutbox) MarkDelivered(_ context.Context, id int64, _ Delivery, at time.Time) error {
	o.events[id-1].Delivered = &at
	return nil
}

type failOn struct{ id int64 }

func (f failOn) Notify(_ context.Context, e model.Event) (Delivery, bool, error) {
	if e.ID == f.id {
		return Delivery{}, true, errors.New("boom")
	}
	return Delivery{Channel: "x"}, true, nil
}

func TestDrainOrderAttemptsAndRelease(t *testing.T) {
	box := &recOutbox{leased: true}
	for i := 1; i <= 3; i++ {
		box.events = append(box.events, model.Event{ID: int64(i), Kind: model.EventChange})
	}
	n, err := Drain(context.Background(), box, failOn{id: 2}, "me")
	if n != 1 || err == nil || errors.Is(err, ErrPermanent) {
		t.Errorf("drain: %d %v; want 1 delivered, then a retryable error", n, err)
	}
	if len(box.began) != 2 || box.began[1] != 2 {
		t.Errorf("attempts begun: %v; event 3 must wait for event 2", box.began)
	}
	if box.released != 1 {
		t.Errorf("lease released %d times, want once", box.released)
	}
	// Without the lease, nothing is claimed, and nothing is released.
	other := &recOutbox{events: box.events}
	if n, err := Drain(context.Background(), other, failOn{}, "other"); n != 0 || err != nil || other.released != 0 {
		t.Errorf("another replica's drain: %d %v released %d", n, err, other.released)
	}
}
