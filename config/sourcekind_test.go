package config

import "testing"

// TestSourceKindOrder: a source's kind and location are scrape.ListedAt's,
// so that the dashboard's address is the one a pass reads and asks
// robots.txt about. A loaded file gives one address; a source built in
// code with several takes the page first, as scrape does (tidy60: Kind
// took the feed first before it asked ListedAt), and one with none has no
// kind.
func TestSourceKindOrder(t *testing.T) {
	for _, c := range []struct {
		src            Source
		kind, location string
	}{
		{Source{Feed: "https://a.example/rss"}, "feed", "https://a.example/rss"},
		{Source{Page: "https://a.example/live"}, "page", "https://a.example/live"},
		{Source{Sitemap: "https://a.example/sitemap.xml"}, "sitemap", "https://a.example/sitemap.xml"},
		{Source{Dir: "archive"}, "dir", "archive"},
		{Source{Feed: "https://a.example/rss", Page: "https://a.example/live"}, "page", "https://a.example/live"},
		{Source{}, "", ""},
	} {
		if got, at := c.src.Kind(), c.src.Location(); got != c.kind || at != c.location {
			t.Errorf("%+v: %q at %q, want %q at %q", c.src, got, at, c.kind, c.location)
		}
	}
}
