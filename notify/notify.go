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
type Delivery = model.Delivery

// Notifier delivers one event. On failure, retry says whether trying again
// may help (a timeout, a 5xx, a rate limit) or the configuration must be
// fixed first. An event with Attempts > 0 may already have been delivered
// by an attempt a crash cut short: a notifier that can look (Slack's bot
// mode) looks before posting again.
type Notifier interface {
	Notify(ctx context.Context, e model.Event) (d Delivery, retry bool, err error)
}

// Outbox is the part of the store Drain needs.
type Outbox interface {
	HoldLease(ctx context.Context, name, owner string, until, now time.Time) (bool, error)
	// ReleaseOutbox gives the lease and the owner's claims back.
	ReleaseOutbox(ctx context.Context, lease, owner string) error
	ClaimEvents(ctx context.Context, owner string, until, now time.Time, limit int) ([]model.Event, error)
	// BeginAttempt records, before posting, that an attempt starts: a crash
	// during the post leaves that mark behind.
	BeginAttempt(ctx context.Context, id int64, now time.Time) error
	MarkAttempt(ctx context.Context, id int64, errText string) error
	MarkDelivered(ctx context.Context, id int64, d Delivery, at time.Time) error
}

// ErrPermanent wraps a failure that retrying cannot fix.
var ErrPermanent = errors.New("permanent delivery failure")

// MaybeDeliveredError is a delivery whose outcome cannot be known: the
// message went out and the answer was lost, and the destination cannot be
// asked afterwards (a Slack webhook). A notifier returns it when it is set
// not to risk a repeat; Drain then records the event as delivered with
// the error as its last error, and goes on to the next.
type MaybeDeliveredError struct{ Err error }

func (e *MaybeDeliveredError) Error() string { return "may have been delivered: " + e.Err.Error() }
func (e *MaybeDeliveredError) Unwrap() error { return e.Err }

// drainLease names the lease that lets one replica at a time drain the
// outbox: events then go out in the order they were queued.
const drainLease = "outbox"

// claimFor is how long a drain holds its lease and claimed events; a
// replica that dies mid-drain leaves them to others after that.
const claimFor = 2 * time.Minute

// Drain delivers waiting events in order until none are left, returning
// how many were delivered. It stops at the first failure so that no event
// overtakes an earlier one; the failure says whether to retry
// (errors.Is(err, ErrPermanent) when not, retryafter.Wait for how long to wait).
// While another replica drains, Drain returns at once. Drain gives its
// lease and claims back when it returns, so that the next drain, in this
// process or another, can start at once.
func Drain(ctx context.Context, box Outbox, n Notifier, owner string) (delivered int, err error) {
	held := false
	defer func() {
		if !held {
			return
		}
		// Even when ctx is cancelled (a shutdown), hand the lease back.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if rerr := box.ReleaseOutbox(rctx, drainLease, owner); rerr != nil && err == nil {
			err = fmt.Errorf("outbox: release: %w", rerr)
		}
	}()
	for {
		now := time.Now()
		ok, err := box.HoldLease(ctx, drainLease, owner, now.Add(claimFor), now)
		if err != nil {
			return delivered, fmt.Errorf("outbox lease: %w", err)
		}
		if !ok {
			return delivered, nil
		}
		held = true
		evs, err := box.ClaimEvents(ctx, owner, now.Add(claimFor), now, 50)
		if err != nil {
			return delivered, fmt.Errorf("outbox: %w", err)
		}
		if len(evs) == 0 {
			return delivered, nil
		}
		for _, e := range evs {
			if err := box.BeginAttempt(ctx, e.ID, time.Now()); err != nil {
				return delivered, fmt.Errorf("outbox: %w", err)
			}
			d, retry, err := n.Notify(ctx, e)
			var maybe *MaybeDeliveredError
			if errors.As(err, &maybe) {
				// Not retried, and not lost from view: delivered, with
				// last_error saying the delivery is unconfirmed (the store
				// clears last_error on delivery, so it is written after).
				if err := box.MarkDelivered(ctx, e.ID, d, time.Now()); err != nil {
					return delivered, fmt.Errorf("outbox: %w", err)
				}
				if err := box.MarkAttempt(ctx, e.ID, maybe.Error()); err != nil {
					return delivered, fmt.Errorf("outbox: %w", err)
				}
				continue
			}
			if err != nil {
				if merr := box.MarkAttempt(ctx, e.ID, err.Error()); merr != nil {
					return delivered, merr
				}
				if !retry {
					return delivered, fmt.Errorf("event %d (%s %s): %w: %w", e.ID, e.Kind, e.Metric, ErrPermanent, err)
				}
				return delivered, fmt.Errorf("event %d (%s %s): %w", e.ID, e.Kind, e.Metric, err)
			}
			if err := box.MarkDelivered(ctx, e.ID, d, time.Now()); err != nil {
				return delivered, fmt.Errorf("outbox: %w", err)
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
	if _, err := fmt.Fprintf(c.W, "%s\n\n", text); err != nil {
		return Delivery{Channel: "console"}, true, fmt.Errorf("console: %w", err)
	}
	return Delivery{Channel: "console"}, true, nil
}
