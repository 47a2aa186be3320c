package scrape

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"

	"github.com/claimtrack/claimtrack/internal/retryafter"
)

// RobotsNotRead is what RobotsStatus says of a host whose robots.txt this
// fetcher has not read (yet): no reading of the host's.
const RobotsNotRead = "not read yet"

// RobotsStatus says what the host's robots.txt, as last read, says of a
// URL, without fetching anything: for the dashboard's sources page.
func (f *Fetcher) RobotsStatus(rawURL string) string {
	if f.cfg.IgnoreRobots {
		return "ignored (fetch.ignore_robots)"
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return "not applicable"
	}
	f.mu.Lock()
	h, ok := f.hosts[strings.ToLower(u.Scheme+"://"+u.Host)]
	f.mu.Unlock()
	if !ok {
		return RobotsNotRead
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.robotsUntil.IsZero():
		return RobotsNotRead
	case h.robotsErr != nil:
		return "unreadable: " + h.robotsErr.Error()
	case h.robots == nil:
		return "none (everything allowed)"
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if !h.robots.Test(path) {
		return "disallows this URL"
	}
	if h.robots.CrawlDelay > 0 {
		return fmt.Sprintf("allows this URL (crawl delay %s)", h.robots.CrawlDelay)
	}
	return "allows this URL"
}

// checkRobots reads (or recalls) the host's robots.txt and applies it to
// u: a disallowed path is an error, and a Crawl-delay slows the host's
// limiter down.
func (f *Fetcher) checkRobots(ctx context.Context, h *host, u *url.URL) error {
	h.mu.Lock()
	fresh := f.now().Before(h.robotsUntil)
	group, rerr := h.robots, h.robotsErr
	h.mu.Unlock()
	if !fresh {
		group, rerr = f.loadRobots(ctx, h, u)
	}
	if rerr != nil {
		return fmt.Errorf("fetch %s: %w", u, rerr)
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if group != nil && !group.Test(path) {
		return &DisallowedError{URL: u, UserAgent: f.cfg.UserAgent}
	}
	return nil
}

func (f *Fetcher) loadRobots(ctx context.Context, h *host, u *url.URL) (*robotstxt.Group, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	var group *robotstxt.Group
	var gerr error
	ttl := f.cfg.RobotsTTL
	resp, err := f.do(ctx, h, ru, Validators{})
	if err != nil && ctx.Err() != nil {
		// The caller gave up (a stop, a reload, a lease lost), not the
		// host: nothing is learnt about it, so nothing is remembered, and
		// the next pass asks again rather than holding the host as
		// unreachable for ten minutes.
		return nil, fmt.Errorf("robots.txt of %s: %w", u.Host, ctx.Err())
	}
	var se *StatusError
	switch {
	case err == nil:
		data, perr := robotstxt.FromStatusAndBytes(resp.Status, resp.Body)
		if perr != nil {
			data, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil) // unparsable: as if absent
		}
		group = data.FindGroup(f.cfg.UserAgent)
	case retryafter.Wait(err) > 0:
		// A busy host's robots.txt is not an absent one: nothing is
		// fetched until it can be read.
		gerr = fmt.Errorf("robots.txt: not fetching from %s until robots.txt can be read: %w", u.Host, err)
		ttl = min(ttl, max(retryafter.Wait(err), time.Minute))
	case errors.As(err, &se) && se.Status >= 400 && se.Status < 500:
		group = nil // no robots.txt: everything is allowed
	case errors.Is(err, ErrTooLarge):
		group = nil
	case !errors.As(err, &se):
		// No answer at all (refused, no such host, a timeout): the site
		// is down or misspelt, and that, not its robots.txt, is what the
		// operator must be told. Nothing is fetched from it meanwhile.
		gerr = fmt.Errorf("%s cannot be reached (%v): nothing is fetched from it until it can (its robots.txt is asked first)", u.Host, err)
		ttl = min(ttl, 10*time.Minute)
	default:
		// A server error: RFC 9309 says to assume everything is
		// disallowed; try again soon.
		gerr = fmt.Errorf("robots.txt: unavailable (%v); not fetching from %s until it can be read", err, u.Host)
		ttl = min(ttl, 10*time.Minute)
	}
	h.mu.Lock()
	h.robots, h.robotsErr, h.robotsUntil = group, gerr, f.now().Add(ttl)
	if group != nil && group.CrawlDelay > 0 {
		if r := rate.Every(group.CrawlDelay); r < h.limiter.Limit() {
			h.limiter.SetLimit(r)
		}
	}
	h.mu.Unlock()
	return group, gerr
}

// DisallowedError is a fetch robots.txt bars: errors.Is(err, ErrDisallowed)
// holds, and URL names the address barred, so that the robots.txt ruling
// it can be named (a sitemap index's child may be on another host than
// its source's address).
type DisallowedError struct {
	URL       *url.URL
	UserAgent string
}

func (e *DisallowedError) Error() string {
	return fmt.Sprintf("fetch %s: %v (user agent %q)", e.URL, ErrDisallowed, e.UserAgent)
}

func (e *DisallowedError) Unwrap() error { return ErrDisallowed }

// RobotsURL is the robots.txt that barred the address: its host's.
func (e *DisallowedError) RobotsURL() string {
	return (&url.URL{Scheme: e.URL.Scheme, Host: e.URL.Host, Path: "/robots.txt"}).String()
}
