package main

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/scrape"
)

// fetchConfigFrom turns the configuration's fetch settings into what the
// fetcher reads.
func fetchConfigFrom(c *config.Config) scrape.FetchConfig {
	ua := c.UserAgent
	if ua == "" {
		ua = scrape.DefaultUserAgent
	}
	return scrape.FetchConfig{
		UserAgent:       ua,
		Timeout:         c.Fetch.Timeout.Std(30 * time.Second),
		MaxBodyBytes:    c.Fetch.MaxBodyBytes,
		MaxRedirects:    c.Fetch.MaxRedirects,
		PerHostRate:     c.Fetch.PerHostRate,
		PerHostParallel: c.Fetch.PerHostParallel,
		IgnoreRobots:    c.Fetch.IgnoreRobots,
	}
}

// sourceFrom turns a configured source into what the scraper reads.
func sourceFrom(c *config.Config, s config.Source) (scrape.Source, error) {
	filter, err := scrape.CompileFilter(s.Include, s.Exclude)
	if err != nil {
		return scrape.Source{}, fmt.Errorf("source %s: %w", s.Name, err)
	}
	bp, err := scrape.Boilerplate(c.Boilerplate)
	if err != nil {
		return scrape.Source{}, err
	}
	dir := s.Dir
	if dir != "" && !filepath.IsAbs(dir) {
		dir = filepath.Join(c.Dir, dir)
	}
	// With no outlet:, each article's own is its outlet: a saved file's
	// Outlet: line or a page's site name, else its feed's title or its
	// host (scrape's Fetcher.Article), else, for a saved file, the
	// source's name (tracker's modelArticle). A folder holds several
	// outlets' stories, and a feed or sitemap one site's, which its pages
	// name: the source's name is the desk's, not theirs (desk54, desk55a).
	return scrape.Source{
		Name: s.Name, Outlet: s.Outlet, Feed: s.Feed, Page: s.Page, Links: s.Links, Sitemap: s.Sitemap, Dir: dir,
		Filter: filter, MaxItems: s.MaxItems,
		Extract: scrape.ExtractOptions{Content: s.Content, Remove: s.Remove, Boilerplate: bp,
			AllowCrossDomainCanonical: s.AllowCrossDomainCanonical},
	}, nil
}
