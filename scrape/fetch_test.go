package scrape

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/retryafter"
)

const testUA = "claimtrack-test/1.0 (+https://example.org/contact)"

func newTestFetcher(t *testing.T, cfg FetchConfig) *Fetcher {
	t.Helper()
	if cfg.UserAgent == "" {
		cfg.UserAgent = testUA
	}
	if cfg.PerHostRate == 0 {
		cfg.PerHostRate = 1000 // tests measure behaviour, not time
	}
	f, err := NewFetcher(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// site is a test news site; handlers are keyed by path.
func site(t *testing.T, handlers map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	if _, ok := handlers["/robots.txt"]; !ok {
		handlers["/robots.txt"] = func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }
	}
	for p, h := range handlers {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func text(body, ctype string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		fmt.Fprint(w, body)
	}
}

func TestConditionalGet(t *testing.T) {
	var full atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/a": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			if r.Header.Get("User-Agent") != testUA {
				http.Error(w, "who are you", http.StatusForbidden)
				return
			}
			full.Add(1)
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Last-Modified", "Wed, 27 Mar 2024 10:00:00 GMT")
			fmt.Fprint(w, "<html><body>hello</body></html>")
		},
	})
	f := newTestFetcher(t, FetchConfig{})
	r1, err := f.Fetch(context.Background(), srv.URL+"/a", Validators{})
	if err != nil || r1.Validators.ETag != `"v1"` || r1.Validators.LastModified == "" {
		t.Fatalf("first fetch: %+v %v", r1, err)
	}
	r2, err := f.Fetch(context.Background(), srv.URL+"/a", r1.Validators)
	if err != nil || !r2.NotModified || len(r2.Body) != 0 || full.Load() != 1 {
		t.Errorf("second fetch should be a 304: %+v %v", r2, err)
	}
}

func TestRetryAfter(t *testing.T) {
	var hits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		},
	})
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Fetch(context.Background(), srv.URL+"/busy", Validators{})
	if retryafter.Wait(err) < 119*time.Second {
		t.Fatalf("want a retryafter.Error two minutes out, got %v", err)
	}
	// Until then the host is not asked again.
	_, err = f.Fetch(context.Background(), srv.URL+"/busy", Validators{})
	if retryafter.Wait(err) <= 0 || hits.Load() != 1 {
		t.Errorf("second fetch should wait without asking: %v, hits %d", err, hits.Load())
	}
	if d := retryAfter("Wed, 21 Oct 2099 07:28:00 GMT", time.Now()); d != 24*time.Hour {
		t.Errorf("HTTP-date Retry-After far away should be capped at a day, got %v", d)
	}
}

func TestTimeoutsLimitsAndLoops(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		},
		"/huge": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("x", 1<<20))
			for i := 0; i < 50; i++ {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		},
		"/loop": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
	})
	f := newTestFetcher(t, FetchConfig{Timeout: 300 * time.Millisecond})
	if _, err := f.Fetch(context.Background(), srv.URL+"/slow", Validators{}); err == nil || !strings.Contains(err.Error(), srv.URL+"/slow") {
		t.Errorf("slow server: %v", err)
	}
	f = newTestFetcher(t, FetchConfig{})
	if _, err := f.Fetch(context.Background(), srv.URL+"/huge", Validators{}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "max_body_bytes") {
		t.Errorf("50 MB body: %v", err)
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/loop", Validators{}); err == nil || !strings.Contains(err.Error(), "stopped after 5 redirects") {
		t.Errorf("redirect loop: %v", err)
	}
	if _, err := NewFetcher(FetchConfig{}, nil); err == nil {
		t.Error("a fetcher without a User-Agent must be refused")
	}
}

// TestRetryAfterHoldsTheHost: after a 429 to one address of a host,
// another address of it (another source on the same site) is not asked,
// and its error says so, naming what was refused, instead of a 429 it
// never got.
func TestRetryAfterHoldsTheHost(t *testing.T) {
	var other atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/wire.xml":  tooManyRequests("120"),
		"/world.xml": func(w http.ResponseWriter, r *http.Request) { other.Add(1) },
	})
	f := newTestFetcher(t, FetchConfig{})
	if _, err := f.Fetch(context.Background(), srv.URL+"/wire.xml", Validators{}); retryafter.Wait(err) < 119*time.Second {
		t.Fatalf("want a retryafter.Error two minutes out, got %v", err)
	}
	_, err := f.Fetch(context.Background(), srv.URL+"/world.xml", Validators{})
	var held *HeldError
	if retryafter.Wait(err) <= 0 || !errors.As(err, &held) || other.Load() != 0 {
		t.Fatalf("the other address should wait without asking: %v, asked %d times", err, other.Load())
	}
	msg := err.Error()
	for _, want := range []string{"fetch " + srv.URL + "/world.xml: not sent", "429 Too Many Requests to " + srv.URL + "/wire.xml", "asked claimtrack to wait until", "(retry after 2m0s)"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not say %q", msg, want)
		}
	}
}

// tooManyRequests answers 429 with a Retry-After of the given seconds.
func tooManyRequests(retryAfter string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", retryAfter)
		w.WriteHeader(http.StatusTooManyRequests)
	}
}
