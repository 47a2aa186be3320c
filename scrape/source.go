package scrape

import (
	"fmt"
	"regexp"
	"strings"
)

// Source is a configured source as the scraper and the tracker read it;
// cmd/claimtrack maps the configuration onto it.
type Source struct {
	Name string
	// Outlet is the name alerts show for the source's articles; empty
	// means the page's own site name, else Name.
	Outlet   string
	Feed     string
	Page     string
	Links    string // CSS selector on Page
	Sitemap  string
	Dir      string
	Filter   Filter
	MaxItems int
	Extract  ExtractOptions
}

// Listing is the address of the feed or section page a source's links
// come from, the one its validators belong to; "" for sitemaps and
// directories.
func (s Source) Listing() string {
	if s.Feed != "" {
		return s.Feed
	}
	return s.Page
}

// Kind is the configuration key a source lists its articles by: feed,
// page, sitemap or dir, the name config.Source.Kind gives it; a source
// with no address is a feed's.
func (s Source) Kind() string {
	if key, _ := ListedAt(s.Feed, s.Page, s.Sitemap, s.Dir); key != "" {
		return key
	}
	return "feed"
}

// Location is the address the source lists its articles at, by its kind
// (the feed, the section page, the sitemap, or the folder), as
// config.Source.Location gives it.
func (s Source) Location() string {
	_, address := ListedAt(s.Feed, s.Page, s.Sitemap, s.Dir)
	return address
}

// ListedAt is which of a source's addresses it lists its articles at: the
// configuration key (feed, page, sitemap or dir) and that address, or ""
// when none is set. Source and config.Source both ask it, so that the
// address the dashboard shows is the one a pass asks robots.txt about. A
// loaded configuration gives only one (validate.go); with several, as a
// source built in code may have, the page wins, then the sitemap, the
// folder and the feed, as scrape always had it (TestSourceLocation,
// config's TestSourceKindOrder). config.Source.Kind once took the feed
// first.
func ListedAt(feed, page, sitemap, dir string) (key, address string) {
	switch {
	case page != "":
		return "page", page
	case sitemap != "":
		return "sitemap", sitemap
	case dir != "":
		return "dir", dir
	case feed != "":
		return "feed", feed
	}
	return "", ""
}

// Address says in one line what the source reads and which of its links
// it keeps: its kind and address ("feed https://...", "page https://...
// links a.story", "sitemap ...", "dir /path"), and its include and exclude
// patterns and item limit when set. The store keeps it with the source's
// backoff (model.SourceState.Address): a source that failed and whose
// address the desk then corrected is read again at once, not when the
// backoff of the old address ends.
func (s Source) Address() string {
	var b strings.Builder
	switch {
	case s.Feed != "":
		b.WriteString("feed " + s.Feed)
	case s.Page != "":
		b.WriteString("page " + s.Page)
		if s.Links != "" {
			b.WriteString(" links " + s.Links)
		}
	case s.Sitemap != "":
		b.WriteString("sitemap " + s.Sitemap)
	case s.Dir != "":
		b.WriteString("dir " + s.Dir)
	}
	for _, re := range s.Filter.Include {
		b.WriteString(" include " + re.String())
	}
	for _, re := range s.Filter.Exclude {
		b.WriteString(" exclude " + re.String())
	}
	if s.MaxItems > 0 {
		fmt.Fprintf(&b, " max_items %d", s.MaxItems)
	}
	return b.String()
}

// Filter keeps links whose URL matches an include pattern (when there are
// any) and no exclude pattern.
type Filter struct {
	Include, Exclude []*regexp.Regexp
}

// CompileFilter compiles include and exclude patterns.
func CompileFilter(include, exclude []string) (Filter, error) {
	var f Filter
	for _, s := range include {
		re, err := regexp.Compile(s)
		if err != nil {
			return f, fmt.Errorf("include %q: %w", s, err)
		}
		f.Include = append(f.Include, re)
	}
	for _, s := range exclude {
		re, err := regexp.Compile(s)
		if err != nil {
			return f, fmt.Errorf("exclude %q: %w", s, err)
		}
		f.Exclude = append(f.Exclude, re)
	}
	return f, nil
}

// Keep reports whether a URL passes the filter.
func (f Filter) Keep(u string) bool {
	for _, re := range f.Exclude {
		if re.MatchString(u) {
			return false
		}
	}
	if len(f.Include) == 0 {
		return true
	}
	for _, re := range f.Include {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}
