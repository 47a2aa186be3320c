package daemon

import (
	"context"
	"log/slog"
	"time"

	"github.com/claimtrack/claimtrack/notify"
)

// drainLoop delivers outbox events after each run and every DrainEvery.
// While delivery backs off, the retry stage's wait is kept: a source run
// does not cut it short.
func (d *Daemon) drainLoop(ctx context.Context) {
	timer := time.NewTimer(d.opt.DrainEvery)
	defer timer.Stop()
	for {
		wait := d.opt.DrainEvery
		if next := d.deliver.NotBefore(); !next.IsZero() {
			wait = max(time.Until(next), 0)
		}
		d.mu.Lock()
		d.nextDrain = time.Now().Add(wait)
		d.mu.Unlock()
		timer.Reset(wait)
		select {
		case <-ctx.Done():
			return
		case <-d.drainNow:
			if time.Now().Before(d.deliver.NotBefore()) {
				continue
			}
		case <-timer.C:
		}
		sent, err := d.deliver.Drain(ctx)
		d.metrics.Delivered.Add(float64(sent))
		var permanent error
		if err != nil && ctx.Err() == nil {
			kind := notify.Classify(err)
			d.metrics.DeliveryErrors.WithLabelValues(string(kind)).Inc()
			if kind == notify.Permanent {
				permanent = err
			}
		}
		d.mu.Lock()
		d.deliveryErr = permanent
		d.mu.Unlock()
	}
}

// finalDrain delivers what is in the outbox once more, until deadline.
// What it cannot deliver stays there for the next start.
func (d *Daemon) finalDrain(log *slog.Logger, deadline time.Time) {
	if time.Now().Before(d.deliver.NotBefore()) {
		return // delivery is backing off: the outbox keeps the events
	}
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	sent, err := d.deliver.Drain(ctx)
	d.metrics.Delivered.Add(float64(sent))
	if err != nil {
		log.Warn("events left in the outbox for the next start", "err", err)
	}
}
