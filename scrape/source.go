package scrape

import (
	"fmt"
	"regexp"
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
