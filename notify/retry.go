package notify

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
)

// Retry is claimtrack's one delivery retry policy, for the daemon and for
// the commands that run once (Alertmanager's retry stage is the model).
// After a failed drain the next waits as long as the notifier was told
// (Slack's Retry-After) and no longer, or else backs off exponentially
// with jitter; a permanent failure waits as long as the longest backoff,
// for the configuration to be fixed.
type Retry struct {
	// Base is the first wait after a failure; it doubles with each
	// failure in a row up to Max (defaults 1s and 5m).
	Base, Max time.Duration
}

func (r Retry) base() time.Duration {
	if r.Base > 0 {
		return r.Base
	}
	return time.Second
}

func (r Retry) max() time.Duration {
	if r.Max > 0 {
		return r.Max
	}
	return 5 * time.Minute
}

// Wait is how long to wait before the next drain after failures failed
// drains in a row, the last ending in err.
func (r Retry) Wait(failures int, err error) time.Duration {
	if ra := retryafter.Wait(err); ra > 0 {
		// Slack said when: neither sooner, which it would refuse again,
		// nor later.
		return ra
	}
	if errors.Is(err, ErrPermanent) {
		return r.max()
	}
	w := min(r.base()<<min(max(failures-1, 0), 20), r.max())
	return w + time.Duration(rand.Int64N(int64(w)/5+1))
}

// Failure is how a drain failed, for logs and metrics.
type Failure string

const (
	// Retryable: a timeout, an outage, a 5xx.
	Retryable Failure = "retry"
	// RateLimited: the notifier was told to slow down (429).
	RateLimited Failure = "rate_limited"
	// Permanent: retrying cannot help until the configuration is fixed.
	Permanent Failure = "permanent"
)

// Classify says how a drain failed.
func Classify(err error) Failure {
	var ra *retryafter.Error
	switch {
	case errors.Is(err, ErrPermanent):
		return Permanent
	case errors.As(err, &ra):
		return RateLimited
	}
	return Retryable
}

// RetryStage delivers the outbox under the retry policy: Drain drains
// once, and a failed drain holds the next back until the policy's wait
// has passed, however often drains are asked for (a daemon asks after
// every source pass).
type RetryStage struct {
	Outbox   Outbox
	Notifier Notifier
	Owner    string
	Policy   Retry
	Log      *slog.Logger

	mu       sync.Mutex
	failures int
	next     time.Time // no drain before this, after a failure
	lastErr  error
}

// SetNotifier swaps the notifier (a reload). The backoff carries over,
// except after a permanent failure, which a new configuration may fix.
func (s *RetryStage) SetNotifier(n Notifier) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Notifier = n
	if errors.Is(s.lastErr, ErrPermanent) {
		s.failures, s.next, s.lastErr = 0, time.Time{}, nil
	}
}

// NotBefore is when the next drain may start: zero unless backing off.
func (s *RetryStage) NotBefore() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.next
}

// LastError is the last drain's failure, nil once one succeeds.
func (s *RetryStage) LastError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastErr
}

// Drain drains the outbox once if the policy allows it now, and returns
// how many events it delivered. While backing off it does nothing and
// returns the failure it backs off from. A new failure is logged with the
// wait it starts: a daemon's log is where it is told.
func (s *RetryStage) Drain(ctx context.Context) (int, error) {
	sent, wait, failed, err := s.drain(ctx)
	if failed {
		s.logFailure(err, wait)
	}
	return sent, err
}

// drain is Drain without the log: failed reports a new failure, and wait
// the time the policy holds the next drain back for it.
func (s *RetryStage) drain(ctx context.Context) (sent int, wait time.Duration, failed bool, err error) {
	s.mu.Lock()
	n, next, lastErr := s.Notifier, s.next, s.lastErr
	s.mu.Unlock()
	if time.Now().Before(next) {
		return 0, 0, false, lastErr
	}
	sent, err = Drain(ctx, s.Outbox, n, s.Owner)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil || ctx.Err() != nil {
		s.failures, s.next, s.lastErr = 0, time.Time{}, err
		return sent, 0, false, err
	}
	s.failures++
	wait = s.Policy.Wait(s.failures, err)
	s.next, s.lastErr = time.Now().Add(wait), err
	return sent, wait, true, err
}

// logFailure tells a failed drain as its kind asks: one the configuration
// must fix, a rate limit and its wait, or a failure to retry.
func (s *RetryStage) logFailure(err error, wait time.Duration) {
	s.mu.Lock()
	attempt := s.failures
	s.mu.Unlock()
	log := s.log()
	switch Classify(err) {
	case Permanent:
		log.Error("delivery needs the configuration fixed; events wait in the outbox", "err", err)
	case RateLimited:
		log.Warn("rate limited; waiting as asked", "err", err, "wait", wait)
	default:
		log.Warn("delivery failed; will retry", "err", err, "attempt", attempt, "wait", wait)
	}
}

func (s *RetryStage) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.New(slog.DiscardHandler)
}

// Patiently drains for a command that runs once: a rate limit or a brief
// outage is waited out as the policy says, for up to attempts drains,
// before the command gives up and leaves the rest for the next run. A
// permanent failure gives up at once. Only the failures it waits out are
// logged: the one it gives up on is returned for the command to tell,
// once, in its own words (a log line as well said it twice).
func (s *RetryStage) Patiently(ctx context.Context, attempts int) (int, error) {
	total := 0
	for attempt := 1; ; attempt++ {
		sent, wait, failed, err := s.drain(ctx)
		total += sent
		if err == nil || errors.Is(err, ErrPermanent) || attempt >= attempts {
			return total, err
		}
		if failed {
			s.logFailure(err, wait)
		}
		select {
		case <-ctx.Done():
			return total, err
		case <-time.After(time.Until(s.NotBefore())):
		}
	}
}
