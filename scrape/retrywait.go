package scrape

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
)

// maxThrottled is how many 429s or 503s in a row a host may answer and
// still have its short Retry-After waited out: past it the host is taken
// to mean it, and its pages fail until the wait ends, as a long wait's do.
const maxThrottled = 3

// throttled reports whether a status asks the client to slow down.
func throttled(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable
}

// mayWait reports whether a Retry-After of w from host h is waited out
// within the fetch: it is no longer than MaxRetryWait, ends before the
// context's deadline, and the host has not kept answering 429.
func (f *Fetcher) mayWait(ctx context.Context, h *host, w time.Duration) bool {
	if w > f.cfg.MaxRetryWait {
		return false
	}
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) <= w {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.throttled < maxThrottled
}

// waitHold waits while the host holds its requests (a Retry-After to
// this page or another of the host), if the hold is short (mayWait);
// otherwise it returns a HeldError saying who asked to wait, until when.
// It looks again after waiting: another answer may have lengthened it.
func (f *Fetcher) waitHold(ctx context.Context, h *host, u *url.URL) error {
	for {
		h.mu.Lock()
		until, cause := h.waitUntil, h.waitCause
		h.mu.Unlock()
		now := f.now()
		if !until.After(now) {
			return nil
		}
		w := until.Sub(now)
		if !f.mayWait(ctx, h, w) {
			return &retryafter.Error{Wait: w, Err: &HeldError{URL: u.String(), Host: u.Host, Until: until, Cause: cause}}
		}
		if err := sleep(ctx, w); err != nil {
			return fmt.Errorf("fetch %s: waiting for %s to end its hold: %w", u, u.Host, err)
		}
	}
}

// take waits out the host's hold (waitHold), then for a slot and the
// rate limiter. A request that queued there while another's answer set a
// hold does not go out during it: it gives its slot back and waits again.
// On success the caller holds a slot and gives it back.
func (f *Fetcher) take(ctx context.Context, h *host, u *url.URL) error {
	for {
		if err := f.waitHold(ctx, h, u); err != nil {
			return err
		}
		select {
		case h.slots <- struct{}{}:
		case <-ctx.Done():
			return fmt.Errorf("fetch %s: %w", u, ctx.Err())
		}
		if err := h.limiter.Wait(ctx); err != nil {
			<-h.slots
			return fmt.Errorf("fetch %s: %w", u, err)
		}
		h.mu.Lock()
		held := h.waitUntil.After(f.now())
		h.mu.Unlock()
		if !held {
			return nil
		}
		<-h.slots
	}
}

// sleep waits d, or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
