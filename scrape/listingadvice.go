package scrape

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"strings"

	"github.com/mmcdole/gofeed"
)

// listingAdvice says what to do when a source's listing (its feed, section
// page, sitemap or folder) cannot be read for a reason the configuration
// or the desk can mend, naming the source and the key to change; any other
// error is kept as it was. The error stays wrapped, so errors.As still
// finds a StatusError and errors.Is ErrDisallowed.
//
//   - 404 or 410: an article can vanish, but a listing that is not there
//     is almost always a mistyped or moved address, and "404 Not Found"
//     alone does not say which key to fix.
//   - robots.txt disallowing it: the site asks robots to keep off that
//     address; the way on is another address the site allows, or, for a
//     site the desk owns or has leave to read, fetch.ignore_robots.
//   - a dir: folder gone since check looked at it (moved, unmounted).
func listingAdvice(src Source, err error) error {
	key := src.Kind()
	var se *StatusError
	switch {
	case errors.As(err, &se) && (se.Status == http.StatusNotFound || se.Status == http.StatusGone):
		return fmt.Errorf("%w: the site has nothing at this address: check source %s's %s: URL in the configuration (open it in a browser)", err, src.Name, key)
	case errors.Is(err, ErrDisallowed):
		robots := "the site's robots.txt"
		if de := (*DisallowedError)(nil); errors.As(err, &de) {
			robots += " (" + de.RobotsURL() + ")"
		}
		return fmt.Errorf("%w: %s asks robots not to read this address: give source %s another %s: URL the site allows (its RSS feed, a section page), or, only for a site you own or have leave to read, set fetch.ignore_robots: true", err, robots, src.Name, key)
	case key == "dir" && errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: the folder is not there: create it, or correct source %s's dir: in the configuration", err, src.Name)
	}
	return err
}

// notASitemap explains a sitemap: URL (or a sitemap an index lists) that
// gives something else than a sitemap, which the XML parser tells only by
// its root element or a syntax error: an HTML page (the site's human
// "sitemap" page, a section page) or a feed. It says which key to fix and
// how; another parse error is kept as it was.
func notASitemap(src Source, r *Response, err error) error {
	switch {
	case htmlHead(r.Body):
		// By the text, not the content type: servers label real
		// sitemaps text/html too.
		return &advised{fmt.Sprintf("%s gives an HTML page, not an XML sitemap: check source %s's sitemap: URL (a site's sitemap is XML, often at /sitemap.xml or named on a Sitemap: line of its robots.txt), or read the page as a section page with page: and links: instead of sitemap:", r.URL, src.Name), err}
	case gofeed.DetectFeedType(bytes.NewReader(r.Body)) != gofeed.FeedTypeUnknown:
		return &advised{fmt.Sprintf("%s gives a feed, not a sitemap: write source %s's address as feed: instead of sitemap:", r.URL, src.Name), err}
	}
	return err
}

// advised is an error told in words that say what to do instead of the
// parser's own, which it keeps for errors.Is and errors.As.
type advised struct {
	msg string
	err error
}

func (e *advised) Error() string { return e.msg }
func (e *advised) Unwrap() error { return e.err }

// looksHTML reports whether a response is an HTML page, by its content
// type or, for a server that labels it otherwise, by its text.
func looksHTML(r *Response) bool {
	return strings.Contains(r.ContentType, "html") || htmlHead(r.Body)
}

// htmlHead reports whether a body's first kilobyte opens an HTML page.
func htmlHead(body []byte) bool {
	head := strings.ToLower(string(body[:min(len(body), 1024)]))
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html")
}
