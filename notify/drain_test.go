package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
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

// limited answers 429 with a Retry-After until its storm ends, recording
// when each attempt came.
type limited struct {
	until time.Time
	wait  time.Duration
	at    []time.Time
}

func (l *limited) Notify(_ context.Context, e model.Event) (Delivery, bool, error) {
	now := time.Now()
	l.at = append(l.at, now)
	if now.Before(l.until) {
		return Delivery{}, true, &retryafter.Error{Wait: l.wait, Err: errors.New("rate limited (429)")}
	}
	return Delivery{Channel: "x"}, true, nil
}

// A drain asked for while the stage backs off (a daemon asks after every
// source pass) does not reach the notifier: it posts only at the waits it
// was told.
func TestRetryStageWaitsAsTold(t *testing.T) {
	box := &recOutbox{leased: true, events: []model.Event{{ID: 1, Kind: model.EventChange}}}
	start := time.Now()
	n := &limited{until: start.Add(500 * time.Millisecond), wait: 300 * time.Millisecond}
	stage := &RetryStage{Outbox: box, Notifier: n, Owner: "me"}
	for time.Since(start) < 1200*time.Millisecond {
		stage.Drain(context.Background())
		time.Sleep(10 * time.Millisecond)
	}
	// Attempts at 0, 300 ms (still limited) and 600 ms (through).
	if len(n.at) != 3 {
		t.Fatalf("%d attempts, want 3 (at 0, 300 and 600 ms): %v", len(n.at), n.at)
	}
	for i := 1; i < len(n.at); i++ {
		if gap := n.at[i].Sub(n.at[i-1]); gap < 300*time.Millisecond || gap > 400*time.Millisecond {
			t.Errorf("attempt %d came %v after the one before, want 300 ms as told", i+1, gap)
		}
	}
	if stage.LastError() != nil || box.events[0].Delivered == nil {
		t.Errorf("not delivered: %v", stage.LastError())
	}
}

func TestRetryPolicy(t *testing.T) {
	r := Retry{Base: time.Second, Max: time.Minute}
	if w := r.Wait(3, errors.New("timeout")); w < 4*time.Second || w > 5*time.Second {
		t.Errorf("third failure: %v, want 4s and up to a fifth more", w)
	}
	if w := r.Wait(30, errors.New("timeout")); w < time.Minute || w > 72*time.Second {
		t.Errorf("many failures: %v, want the cap", w)
	}
	if w := r.Wait(5, &retryafter.Error{Wait: 20 * time.Second, Err: errors.New("429")}); w != 20*time.Second {
		t.Errorf("Retry-After 20: %v, want exactly 20s", w)
	}
	if c := Classify(&retryafter.Error{Err: errors.New("429")}); c != RateLimited {
		t.Errorf("a 429 without a wait: %s", c)
	}
}

// Patiently waits out a rate limit for a command that runs once.
func TestPatientlyWaitsOutARateLimit(t *testing.T) {
	box := &recOutbox{leased: true, events: []model.Event{{ID: 1, Kind: model.EventChange}}}
	n := &limited{until: time.Now().Add(150 * time.Millisecond), wait: 200 * time.Millisecond}
	stage := &RetryStage{Outbox: box, Notifier: n, Owner: "me"}
	sent, err := stage.Patiently(context.Background(), 5)
	if sent != 1 || err != nil || len(n.at) != 2 {
		t.Errorf("patiently: %d %v after %d attempts; want 1 delivered on the second", sent, err, len(n.at))
	}
}

// refusing fails every event as only a configuration change can mend
// (a revoked webhook, a wrong token).
type refusing struct{}

func (refusing) Notify(context.Context, model.Event) (Delivery, bool, error) {
	return Delivery{}, true, fmt.Errorf("%w: the webhook URL was refused", ErrPermanent)
}

// Patiently logs only the failures it waits out: the one it gives up on,
// a permanent one at once or the last attempt's, is returned for the
// command to tell, which it did a second time when this logged it too
// (`once` with a revoked webhook). Drain, as a daemon calls it, logs it.
func TestPatientlyLeavesTheLastFailureToItsCaller(t *testing.T) {
	var logged bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logged, nil))
	box := &recOutbox{leased: true, events: []model.Event{{ID: 1, Kind: model.EventChange}}}
	stage := &RetryStage{Outbox: box, Notifier: refusing{}, Owner: "me", Log: log}
	if _, err := stage.Patiently(context.Background(), 5); !errors.Is(err, ErrPermanent) || logged.Len() != 0 {
		t.Errorf("permanent: %v, logged %q; want the error returned and nothing logged", err, logged.String())
	}
	n := &limited{until: time.Now().Add(time.Hour), wait: 50 * time.Millisecond}
	stage = &RetryStage{Outbox: box, Notifier: n, Owner: "me", Log: log}
	if _, err := stage.Patiently(context.Background(), 2); err == nil || strings.Count(logged.String(), "rate limited; waiting") != 1 {
		t.Errorf("two attempts: %v, logged %q; want the first wait logged, the second failure returned", err, logged.String())
	}
	logged.Reset()
	stage = &RetryStage{Outbox: box, Notifier: refusing{}, Owner: "me", Log: log}
	if _, err := stage.Drain(context.Background()); err == nil || !strings.Contains(logged.String(), "delivery needs the configuration fixed") {
		t.Errorf("Drain: %v, logged %q; want the failure logged", err, logged.String())
	}
}
