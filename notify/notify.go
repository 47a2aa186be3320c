// Package notify delivers the tracker's events: each integration (the
// console here, Slack in notify/slack) implements Notifier; Drain takes
// events from the outbox and marks each delivered only once it is.
package notify

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/claimtrack/claimtrack/model"
)

// Delivery says where a message landed.
type Delivery struct {
	Channel string
	TS      string // the message's id in that channel
}

// Notifier delivers one event. On failure, retry says whether trying again
// may help (a timeout, a 5xx) or the configuration must be fixed first.
type Notifier interface {
	Notify(ctx context.Context, e model.Event) (d Delivery, retry bool, err error)
}

// Outbox is the part of the store Drain needs.
type Outbox interface {
	ClaimEvents(ctx context.Context, owner string, until, now time.Time, limit int) ([]model.Event, error)
	MarkAttempt(ctx context.Context, id int64, errText string) error
	MarkDelivered(ctx context.Context, id int64, channel, ts string, at time.Time) error
}

// ErrPermanent wraps a failure that retrying cannot fix.
var ErrPermanent = errors.New("permanent delivery failure")

// Drain delivers waiting events in order until none are left, returning
// how many were delivered. It stops at the first failure so that events
// stay in order; the failure says whether to retry.
func Drain(ctx context.Context, box Outbox, n Notifier, owner string) (int, error) {
	delivered := 0
	for {
		now := time.Now()
		evs, err := box.ClaimEvents(ctx, owner, now.Add(2*time.Minute), now, 50)
		if err != nil {
			return delivered, fmt.Errorf("outbox: %w", err)
		}
		if len(evs) == 0 {
			return delivered, nil
		}
		for _, e := range evs {
			d, retry, err := n.Notify(ctx, e)
			if err != nil {
				if merr := box.MarkAttempt(ctx, e.ID, err.Error()); merr != nil {
					return delivered, merr
				}
				if !retry {
					return delivered, fmt.Errorf("event %d (%s): %w: %w", e.ID, e.Kind, ErrPermanent, err)
				}
				return delivered, fmt.Errorf("event %d (%s): %w", e.ID, e.Kind, err)
			}
			if err := box.MarkDelivered(ctx, e.ID, d.Channel, d.TS, time.Now()); err != nil {
				return delivered, err
			}
			delivered++
		}
	}
}

// Console writes each event as text: for dry runs, the demo, and a
// daemon with no Slack configured.
type Console struct {
	W        io.Writer
	Renderer *Renderer
}

// Notify implements Notifier.
func (c Console) Notify(_ context.Context, e model.Event) (Delivery, bool, error) {
	text, err := c.Renderer.Text(e)
	if err != nil {
		return Delivery{}, false, err
	}
	_, err = fmt.Fprintf(c.W, "%s\n\n", text)
	return Delivery{Channel: "console"}, true, err
}
