package scrape

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
)

// TestShortRetryAfterIsWaitedOut: one 429 with a Retry-After of a second
// on one page of a host is waited out: the page is asked again and read,
// and another page of the host (another source on the site) is read
// too, instead of every source there failing for the pass.
func TestShortRetryAfterIsWaitedOut(t *testing.T) {
	var first, other atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/live": func(w http.ResponseWriter, r *http.Request) {
			if first.Add(1) == 1 {
				tooManyRequests("1")(w, r)
				return
			}
			text("<html><body>storm</body></html>", "text/html")(w, r)
		},
		"/wire.xml": func(w http.ResponseWriter, r *http.Request) {
			other.Add(1)
			text("<rss></rss>", "application/rss+xml")(w, r)
		},
	})
	f := newTestFetcher(t, FetchConfig{})
	if r, err := f.Fetch(context.Background(), srv.URL+"/live", Validators{}); err != nil || !strings.Contains(string(r.Body), "storm") {
		t.Fatalf("a page answered 429 with Retry-After: 1 should be asked again and read: %v", err)
	}
	if first.Load() != 2 {
		t.Errorf("the page was asked %d times, want 2", first.Load())
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/wire.xml", Validators{}); err != nil || other.Load() != 1 {
		t.Errorf("another page of the host should be read: %v, asked %d times", err, other.Load())
	}
}

// TestRepeatedShortRetryAfterFails: a host that answers 429 again after
// claimtrack waited out its short Retry-After fails the fetch, and the
// error names the address and the wait.
func TestRepeatedShortRetryAfterFails(t *testing.T) {
	var hits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/live": func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			tooManyRequests("1")(w, r)
		},
	})
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Fetch(context.Background(), srv.URL+"/live", Validators{})
	var se *StatusError
	if retryafter.Wait(err) <= 0 || !errors.As(err, &se) || hits.Load() != 2 {
		t.Fatalf("want a retryafter.Error after asking twice, got %v, asked %d times", err, hits.Load())
	}
	for _, want := range []string{"fetch " + srv.URL + "/live: 429 Too Many Requests", "again after waiting 1s", "(retry after 1s)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

// TestShortRetryAfterPastDeadline: a wait that would end after the
// context's deadline is not waited: the fetch fails at once, saying how
// long the host asked for. (The deadline is far from a request's cost:
// mayWait compares it with the wait, and nothing sleeps.)
func TestShortRetryAfterPastDeadline(t *testing.T) {
	var hits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/live": func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			tooManyRequests("30")(w, r)
		},
	})
	f := newTestFetcher(t, FetchConfig{MaxRetryWait: time.Minute})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := f.Fetch(ctx, srv.URL+"/live", Validators{})
	if retryafter.Wait(err) <= 0 || hits.Load() != 1 || !strings.Contains(err.Error(), "(retry after 30s)") {
		t.Fatalf("want the 429 at once, asked once, got %v, asked %d times", err, hits.Load())
	}
}

// TestShortHoldIsWaitedOut: another page of a host that asked for a short
// wait (here a page that answered 429 twice, and failed) waits for the
// hold to end and is read, instead of failing unasked.
func TestShortHoldIsWaitedOut(t *testing.T) {
	var other atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/live": tooManyRequests("1"),
		"/wire.xml": func(w http.ResponseWriter, r *http.Request) {
			other.Add(1)
			text("<rss></rss>", "application/rss+xml")(w, r)
		},
	})
	f := newTestFetcher(t, FetchConfig{})
	if _, err := f.Fetch(context.Background(), srv.URL+"/live", Validators{}); retryafter.Wait(err) <= 0 {
		t.Fatalf("want the second 429 as an error, got %v", err)
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/wire.xml", Validators{}); err != nil || other.Load() != 1 {
		t.Errorf("another page of the host should wait out the short hold and be read: %v, asked %d times", err, other.Load())
	}
}
