package scrape

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/claimtrack/claimtrack/config"
)

// DefaultUserAgent is sent when the configuration names none.
const DefaultUserAgent = "claimtrack (+https://github.com/claimtrack/claimtrack)"

// FetchConfigFrom turns the configuration's fetch settings into a FetchConfig.
func FetchConfigFrom(c *config.Config) FetchConfig {
	ua := c.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	return FetchConfig{
		UserAgent:       ua,
		Timeout:         c.Fetch.Timeout.Std(30 * time.Second),
		MaxBodyBytes:    c.Fetch.MaxBodyBytes,
		MaxRedirects:    c.Fetch.MaxRedirects,
		PerHostRate:     c.Fetch.PerHostRate,
		PerHostParallel: c.Fetch.PerHostParallel,
		IgnoreRobots:    c.Fetch.IgnoreRobots,
	}
}

// SourceFrom turns a configured source into what the scraper reads.
func SourceFrom(c *config.Config, s config.Source) (Source, error) {
	filter, err := CompileFilter(s.Include, s.Exclude)
	if err != nil {
		return Source{}, fmt.Errorf("source %s: %w", s.Name, err)
	}
	bp, err := Boilerplate(c.Boilerplate)
	if err != nil {
		return Source{}, err
	}
	dir := s.Dir
	if dir != "" && !filepath.IsAbs(dir) {
		dir = filepath.Join(c.Dir, dir)
	}
	return Source{
		Name: s.Name, Feed: s.Feed, Page: s.Page, Links: s.Links, Sitemap: s.Sitemap, Dir: dir,
		Filter: filter, MaxItems: s.MaxItems,
		Extract: ExtractOptions{Content: s.Content, Remove: s.Remove, Boilerplate: bp},
	}, nil
}
