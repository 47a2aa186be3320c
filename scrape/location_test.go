package scrape

import "testing"

// TestSourceLocation: a source's location is the address of its kind, as
// config.Source.Location gives it (the page before a feed, as Kind has
// it), so that the robots reading a pass stores is the one the dashboard
// shows.
func TestSourceLocation(t *testing.T) {
	for _, c := range []struct {
		src  Source
		want string
	}{
		{Source{Feed: "https://a.example/rss"}, "https://a.example/rss"},
		{Source{Page: "https://a.example/live", Feed: "https://a.example/rss"}, "https://a.example/live"},
		{Source{Sitemap: "https://a.example/sitemap.xml"}, "https://a.example/sitemap.xml"},
		{Source{Dir: "/srv/archive"}, "/srv/archive"},
	} {
		if got := c.src.Location(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.src, got, c.want)
		}
	}
}
