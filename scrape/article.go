package scrape

import (
	"cmp"
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"
)

// Article fetches a linked page and extracts it. A 304 (when validators
// are given) returns a nil article and NotModified.
func (f *Fetcher) Article(ctx context.Context, l Link, src Source, v Validators) (*Article, *Response, error) {
	if l.Path != "" {
		var size int64
		if info, err := os.Stat(l.Path); err == nil {
			size = info.Size()
		}
		release, err := f.admit(ctx, size)
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", l.Path, err)
		}
		a, err := ReadFileArticle(l.Path, src.Extract)
		release()
		if err != nil {
			return nil, nil, err
		}
		if a.Published.IsZero() {
			a.Published = l.Published
			if a.HeaderUndated {
				a.DateNote = UndatedHeaderNote(l.Path, a.Published)
			}
		}
		return a, &Response{Status: 200}, nil
	}
	resp := l.held // the listing page itself, read as its listing this pass
	if resp == nil {
		var err error
		if resp, err = f.Fetch(ctx, l.URL, v); err != nil {
			return nil, nil, err
		}
	}
	if resp.NotModified {
		return nil, resp, nil
	}
	release, err := f.admit(ctx, int64(len(resp.Body)))
	if err != nil {
		return nil, nil, fmt.Errorf("extract %s: %w", resp.URL, err)
	}
	defer release()
	a, err := f.articleFrom(resp, l, src)
	return a, resp, err
}

// admit waits until a page of size bytes fits in the extraction budget and
// returns the function that gives its share back. Extraction holds several
// copies of a page's tree, tens of times the page's size: a page larger
// than the budget waits for the whole of it and is read alone, so that
// pages near the body limit arriving together from several sources are
// extracted one after another instead of all at once, while pages of
// ordinary size go through side by side.
func (f *Fetcher) admit(ctx context.Context, size int64) (release func(), err error) {
	n := min(max(size, 1), f.cfg.ExtractBudget)
	if err := f.budget.Acquire(ctx, n); err != nil {
		return nil, err
	}
	return func() { f.budget.Release(n) }, nil
}

func (f *Fetcher) articleFrom(resp *Response, l Link, src Source) (*Article, error) {
	var a *Article
	var err error
	if strings.HasPrefix(resp.ContentType, "text/plain") {
		a = &Article{Title: l.Title, CanonicalURL: NormalizeURL(resp.URL)}
		a.setText(string(resp.Body), src.Extract)
	} else {
		opts := src.Extract
		opts.Listing = cmp.Or(src.Listing(), src.Sitemap)
		a, err = ExtractHTML(resp.Body, resp.ContentType, resp.URL, opts)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", resp.URL, err)
		}
	}
	a.URL = resp.URL.String()
	if a.Title == "" {
		a.Title = l.Title
	}
	if host := SiteHost(resp.URL); a.Outlet == "" || a.Outlet == urlSiteName(resp.URL.String()) || a.Outlet == urlSiteName(a.CanonicalURL) {
		// The page names no site (trafilatura's last resort is its
		// address's host): its listing's name for it, else the host.
		a.Outlet, a.OutletGuessed = cmp.Or(l.Site, host), true
	}
	a.Published = betterTime(a.Published, l.Published)
	// A feed entry's <updated> (Atom) or a sitemap's lastmod tells a
	// revision as the page's meta tags do; the later of the two is kept.
	if t := laterRevision(l.Updated, a.Published, time.Now()); t.After(a.Modified) {
		a.Modified = t
	}
	if !a.Modified.After(a.Published) {
		a.Modified = time.Time{} // the feed's date refined the publication past it
	}
	return a, nil
}

// betterTime picks the more precise of the page's date and the feed's: a
// page often gives only the day, which the feed's timestamp then refines.
func betterTime(page, feed time.Time) time.Time {
	switch {
	case page.IsZero():
		return feed
	case feed.IsZero():
		return page
	}
	y1, m1, d1 := page.UTC().Date()
	y2, m2, d2 := feed.UTC().Date()
	midnight := page.UTC().Hour() == 0 && page.UTC().Minute() == 0 && page.UTC().Second() == 0
	if midnight && y1 == y2 && m1 == m2 && d1 == d2 {
		return feed
	}
	return page
}

// SiteHost is the name of a page's site when nothing on the page or its
// listing names it: its host without "www." or a port ("news.example"),
// which tells one outlet's stories from another's as a source's own name
// would not, and stays one when the site moves to another port.
func SiteHost(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
