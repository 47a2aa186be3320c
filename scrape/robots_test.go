package scrape

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/claimtrack/claimtrack/internal/retryafter"
)

func TestRobots(t *testing.T) {
	var pageHits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/robots.txt": text("User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n", "text/plain"),
		"/private/x":  func(w http.ResponseWriter, r *http.Request) { pageHits.Add(1) },
		"/public":     text("<html><body>ok</body></html>", "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Fetch(context.Background(), srv.URL+"/private/x", Validators{})
	if !errors.Is(err, ErrDisallowed) || pageHits.Load() != 0 {
		t.Errorf("disallowed path: %v (hits %d)", err, pageHits.Load())
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/public", Validators{}); err != nil {
		t.Errorf("allowed path: %v", err)
	}
	u, _ := url.Parse(srv.URL)
	if lim := f.host(u).limiter.Limit(); lim != rate.Every(5*time.Second) {
		t.Errorf("Crawl-delay 5 should set the host rate to one per 5s, got %v", lim)
	}
}

func TestRobotsUnreachableDisallows(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) },
		"/page":       text("<html>x</html>", "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	if _, err := f.Fetch(context.Background(), srv.URL+"/page", Validators{}); err == nil || !strings.Contains(err.Error(), "robots.txt") {
		t.Errorf("want a robots.txt error, got %v", err)
	}
}

// A 429 for robots.txt is a host asking to wait, not a missing file that
// would allow everything: the page is not fetched, and the caller is told
// how long to wait.
func TestRobotsBusyHostWaits(t *testing.T) {
	var pageHits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/robots.txt": tooManyRequests("30"),
		"/page":       func(w http.ResponseWriter, r *http.Request) { pageHits.Add(1) },
	})
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Fetch(context.Background(), srv.URL+"/page", Validators{})
	if retryafter.Wait(err) != 30*time.Second || pageHits.Load() != 0 {
		t.Errorf("want a 30s wait and no page fetched, got %v (hits %d)", err, pageHits.Load())
	}
}

// A host that that cannot be reached is told as that, not as a robots.txt
// problem: the operator must look at the site (down, or misspelt).
func TestRobotsHostDown(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{"/page": text("<html>x</html>", "text/html")})
	srv.Close()
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Fetch(context.Background(), srv.URL+"/page", Validators{})
	u, _ := url.Parse(srv.URL)
	if err == nil || !strings.Contains(err.Error(), u.Host+" cannot be reached (") || !strings.Contains(err.Error(), "refused") {
		t.Errorf("want the host named as not answering, got %v", err)
	}
}

// A robots.txt request cut short by the caller (a stop, a reload) says
// nothing of the host: it is not remembered as unreachable, and the next
// fetch asks again.
func TestRobotsCancelledNotRemembered(t *testing.T) {
	var robotsHits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { robotsHits.Add(1); http.NotFound(w, r) },
		"/page":       text("<html>x</html>", "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.Fetch(ctx, srv.URL+"/page", Validators{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("want the cancellation, got %v", err)
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/page", Validators{}); err != nil {
		t.Errorf("after a cancelled fetch the host was held as unreachable: %v", err)
	}
	if robotsHits.Load() != 1 {
		t.Errorf("robots.txt asked %d times, want once (after the cancelled fetch)", robotsHits.Load())
	}
}
