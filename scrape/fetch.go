package scrape

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/sync/semaphore"
	"golang.org/x/time/rate"

	"github.com/claimtrack/claimtrack/internal/retryafter"
)

// DefaultUserAgent is sent when the configuration names none.
const DefaultUserAgent = "claimtrack (+https://github.com/claimtrack/claimtrack)"

// FetchConfig sets how the fetcher behaves. Zero values take the defaults
// noted on each field.
type FetchConfig struct {
	UserAgent       string        // required: say who you are
	Timeout         time.Duration // whole request, body included (30s)
	ConnectTimeout  time.Duration // TCP and TLS set-up (10s)
	HeaderTimeout   time.Duration // until response headers arrive (15s)
	MaxBodyBytes    int64         // larger responses are an error (5 MB)
	MaxRedirects    int           // (5)
	PerHostRate     float64       // requests per second to one host (1)
	PerHostParallel int           // requests at once to one host (2)
	IgnoreRobots    bool          // for sites you own
	RobotsTTL       time.Duration // how long robots.txt is trusted (1h)
	// ExtractBudget bounds the bytes of pages extracted at once (8 MB):
	// pages are admitted side by side while their sizes fit, and a page
	// as large as the budget alone. It keeps the memory of extraction,
	// tens of times a page's size, bounded however many sources finish
	// fetching big pages at the same moment.
	ExtractBudget int64
	// MaxRetryWait is the longest Retry-After waited out within a fetch
	// (10s): a host that asks for a few seconds is asked again after
	// them, and its other pages wait too, instead of every source on it
	// failing for the pass. A longer wait, one past the context's
	// deadline, or a host that keeps answering 429 fails the fetch.
	MaxRetryWait time.Duration
}

func (c *FetchConfig) defaults() {
	if c.Timeout == 0 {
		c.Timeout = 30 * time.Second
	}
	if c.ConnectTimeout == 0 {
		c.ConnectTimeout = 10 * time.Second
	}
	if c.HeaderTimeout == 0 {
		c.HeaderTimeout = 15 * time.Second
	}
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = 5 << 20
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = 5
	}
	if c.PerHostRate == 0 {
		c.PerHostRate = 1
	}
	if c.PerHostParallel == 0 {
		c.PerHostParallel = 2
	}
	if c.RobotsTTL == 0 {
		c.RobotsTTL = time.Hour
	}
	if c.ExtractBudget <= 0 {
		c.ExtractBudget = 8 << 20
	}
	if c.MaxRetryWait == 0 {
		c.MaxRetryWait = 10 * time.Second
	}
}

// Validators are what a server sent to let the next fetch be conditional.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched page.
type Response struct {
	URL         *url.URL // after redirects
	Status      int
	ContentType string
	Body        []byte
	Validators  Validators
	// NotModified is set on a 304: the page is unchanged since the
	// validators given, and Body is empty.
	NotModified bool
}

// Errors callers tell apart.
var (
	ErrDisallowed = errors.New("disallowed by robots.txt")
	ErrTooLarge   = errors.New("response too large")
)

// StatusError is a response that is not a success. A 429 or 503 comes
// wrapped in a retryafter.Error that says how long the host asked to wait.
type StatusError struct {
	URL    string
	Status int
	// Waited is set when the answer came to a second asking, after
	// claimtrack waited out the short Retry-After of the first.
	Waited time.Duration
	Again  bool
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("fetch %s: %d %s", e.URL, e.Status, http.StatusText(e.Status))
	if e.Again {
		msg += fmt.Sprintf(" again after waiting %s", e.Waited.Round(time.Millisecond))
	}
	return msg
}

// HeldError is a request not sent because its host asked to wait: it
// answered 429 or 503 with Retry-After, to this address or to another
// one (another source on the same site), and every request to the host
// waits. The error says so, so that a source is not taken to have been
// refused when it was never asked.
type HeldError struct {
	URL   string
	Host  string
	Until time.Time
	Cause string // what the host answered, to which address, when
}

func (e *HeldError) Error() string {
	cause := e.Cause
	if cause == "" {
		cause = "asked to wait"
	}
	return fmt.Sprintf("fetch %s: not sent: %s %s, and asked claimtrack to wait until %s", e.URL, e.Host, cause, e.Until.UTC().Format("15:04:05 UTC"))
}

// ErrNotModified says a page is unchanged since the last fetch (a 304):
// there is nothing new to read.
var ErrNotModified = errors.New("not modified since the last fetch")

// Fetcher fetches pages politely: robots.txt, per-host rate and
// concurrency limits, conditional GET and Retry-After. One Fetcher is
// shared by all sources; it is safe for concurrent use.
type Fetcher struct {
	cfg    FetchConfig
	client *http.Client
	now    func() time.Time
	mu     sync.Mutex
	hosts  map[string]*host
	budget *semaphore.Weighted // see FetchConfig.ExtractBudget
}

type host struct {
	limiter *rate.Limiter
	slots   chan struct{}

	mu          sync.Mutex
	robots      *robotstxt.Group
	robotsErr   error
	robotsUntil time.Time
	waitUntil   time.Time // from Retry-After
	waitCause   string    // what asked for it: "answered 429 Too Many Requests to URL at T"
	throttled   int       // 429s and 503s in a row, without another answer between
}

// NewFetcher builds a fetcher. transport may be nil for the default.
func NewFetcher(cfg FetchConfig, transport http.RoundTripper) (*Fetcher, error) {
	if strings.TrimSpace(cfg.UserAgent) == "" {
		return nil, errors.New("fetcher: a User-Agent is required (set user_agent in the config, with a contact URL)")
	}
	cfg.defaults()
	if transport == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.DialContext = (&net.Dialer{Timeout: cfg.ConnectTimeout, KeepAlive: 30 * time.Second}).DialContext
		t.TLSHandshakeTimeout = cfg.ConnectTimeout
		t.ResponseHeaderTimeout = cfg.HeaderTimeout
		t.MaxIdleConnsPerHost = cfg.PerHostParallel
		transport = t
	}
	f := &Fetcher{cfg: cfg, now: time.Now, hosts: map[string]*host{}, budget: semaphore.NewWeighted(cfg.ExtractBudget)}
	f.client = &http.Client{
		Transport: transport,
		Timeout:   cfg.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= cfg.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects (last to %s)", len(via), req.URL)
			}
			return nil
		},
	}
	return f, nil
}

func (f *Fetcher) host(u *url.URL) *host {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	f.mu.Lock()
	defer f.mu.Unlock()
	h, ok := f.hosts[key]
	if !ok {
		h = &host{
			limiter: rate.NewLimiter(rate.Limit(f.cfg.PerHostRate), 1),
			slots:   make(chan struct{}, f.cfg.PerHostParallel),
		}
		f.hosts[key] = h
	}
	return h
}

// Fetch gets a URL. With validators from an earlier fetch it asks only
// for changes, and a 304 comes back as NotModified.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("fetch %s: not an http(s) URL", rawURL)
	}
	h := f.host(u)
	if !f.cfg.IgnoreRobots {
		if err := f.checkRobots(ctx, h, u); err != nil {
			return nil, err
		}
	}
	return f.do(ctx, h, u, v)
}

// do sends one request through the host's limits. A 429 or 503 whose
// Retry-After is short (mayWait) is waited out once and the page asked
// again; a second one fails the fetch.
func (f *Fetcher) do(ctx context.Context, h *host, u *url.URL, v Validators) (*Response, error) {
	out, err := f.send(ctx, h, u, v, nil)
	var se *StatusError
	if !errors.As(err, &se) || !throttled(se.Status) {
		return out, err
	}
	w := retryafter.Wait(err)
	if !f.mayWait(ctx, h, w) {
		return out, err
	}
	if err := sleep(ctx, w); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	return f.send(ctx, h, u, v, &w)
}

// send sends one request through the host's limits, after the host's
// hold (Retry-After) if it is short. waited is the wait already spent on
// this page's own 429, if this is the second asking.
func (f *Fetcher) send(ctx context.Context, h *host, u *url.URL, v Validators, waited *time.Duration) (*Response, error) {
	if err := f.take(ctx, h, u); err != nil {
		return nil, err
	}
	defer func() { <-h.slots }()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/feed+json,text/plain;q=0.8,*/*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()

	h.mu.Lock()
	if throttled(resp.StatusCode) {
		h.throttled++
	} else {
		h.throttled = 0
	}
	h.mu.Unlock()
	out := &Response{URL: resp.Request.URL, Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.Validators == (Validators{}) {
			out.Validators = v
		}
		return out, nil
	case throttled(resp.StatusCode):
		now := f.now()
		wait := retryAfter(resp.Header.Get("Retry-After"), now)
		until := now.Add(wait)
		h.mu.Lock()
		if until.After(h.waitUntil) {
			h.waitUntil = until
			h.waitCause = fmt.Sprintf("answered %d %s to %s at %s", resp.StatusCode, http.StatusText(resp.StatusCode), u, now.UTC().Format("15:04:05 UTC"))
		}
		h.mu.Unlock()
		se := &StatusError{URL: u.String(), Status: resp.StatusCode}
		if waited != nil {
			se.Waited, se.Again = *waited, true
		}
		return nil, &retryafter.Error{Wait: wait, Err: se}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &StatusError{URL: u.String(), Status: resp.StatusCode}
	}
	body, err := readBody(resp, f.cfg.MaxBodyBytes+1)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: read body: %w", u, err)
	}
	if int64(len(body)) > f.cfg.MaxBodyBytes {
		return nil, fmt.Errorf("fetch %s: %w: more than %d bytes (raise fetch.max_body_bytes if this page is really an article)", u, ErrTooLarge, f.cfg.MaxBodyBytes)
	}
	out.Body = body
	return out, nil
}

// readBody reads at most limit bytes of a response body, into a buffer of
// the announced length when there is one (io.ReadAll would grow its
// buffer and copy it a few times over for a page of news).
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	if n := resp.ContentLength; n > 0 && n < limit {
		body := make([]byte, n)
		m, err := io.ReadFull(resp.Body, body)
		if err == io.ErrUnexpectedEOF {
			return body[:m], fmt.Errorf("body cut short after %d of %d bytes: %w", m, n, err)
		}
		return body[:m], err
	}
	return io.ReadAll(io.LimitReader(resp.Body, limit))
}

// retryAfter reads a Retry-After header (seconds or an HTTP date); without
// one, a server that says it is busy gets a minute.
func retryAfter(h string, now time.Time) time.Duration {
	const fallback, most = time.Minute, 24 * time.Hour
	h = strings.TrimSpace(h)
	if h == "" {
		return fallback
	}
	if s, err := strconv.Atoi(h); err == nil && s >= 0 {
		return min(time.Duration(s)*time.Second, most)
	}
	if t, err := http.ParseTime(h); err == nil {
		return min(max(t.Sub(now), 0), most)
	}
	return fallback
}
