package slack

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// memOutbox is the outbox as the store keeps it, in memory.
type memOutbox struct {
	mu     sync.Mutex
	events []model.Event
	// failMark, when set, fails MarkDelivered for that event once: the
	// process "dies" after Slack took the post and before it was recorded.
	failMark string
}

func (o *memOutbox) add(evs ...model.Event) {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, e := range evs {
		e.ID = int64(len(o.events) + 1)
		o.events = append(o.events, e)
	}
}

func (o *memOutbox) HoldLease(context.Context, string, string, time.Time, time.Time) (bool, error) {
	return true, nil
}

func (o *memOutbox) ReleaseOutbox(context.Context, string, string) error { return nil }

func (o *memOutbox) ClaimEvents(_ context.Context, _ string, _, _ time.Time, limit int) ([]model.Event, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []model.Event
	for _, e := range o.events {
		if e.Delivered == nil && len(out) < limit {
			out = append(out, e)
		}
	}
	return out, nil
}

func (o *memOutbox) BeginAttempt(_ context.Context, id int64, now time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	e := &o.events[id-1]
	e.Attempts++
	if e.FirstAttempt.IsZero() {
		e.FirstAttempt = now
	}
	return nil
}

func (o *memOutbox) MarkAttempt(_ context.Context, id int64, msg string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.events[id-1].LastError = msg
	return nil
}

func (o *memOutbox) MarkDelivered(_ context.Context, id int64, d model.Delivery, at time.Time) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	e := &o.events[id-1]
	if o.failMark != "" && e.Key == o.failMark {
		o.failMark = ""
		return errors.New("killed")
	}
	// As the store does: a delivered event has no last error.
	e.Delivered, e.Delivery, e.LastError = &at, d, ""
	return nil
}

func (o *memOutbox) Thread(_ context.Context, metric, route string) (string, string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	id, ts := "", ""
	for _, e := range o.events {
		if e.Delivered == nil || e.Channel != route {
			continue
		}
		if e.ChannelID != "" {
			id = e.ChannelID
		}
		if ts == "" && metric != "" && e.Metric == metric && e.ThreadTS == "" && e.MessageTS != "" {
			ts = e.MessageTS
		}
	}
	return id, ts, nil
}

func (o *memOutbox) undelivered() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := 0
	for _, e := range o.events {
		if e.Delivered == nil {
			n++
		}
	}
	return n
}
