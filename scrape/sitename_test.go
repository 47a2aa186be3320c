package scrape

import (
	"context"
	"net/http"
	"net/url"
	"testing"
)

// An article's outlet is the site its page names (og:site_name, JSON-LD's
// publisher, what the extractor finds), else its listing's name for the
// site (a feed's channel title, a section page's og:site_name), else its
// host: a source with no outlet: then shows each page's own, never the
// source's name (desk55a). A page whose only name is trafilatura's last
// resort, its address's host, names no site.
func TestArticleOutletFromPageThenListingThenHost(t *testing.T) {
	body := func(head string) string {
		return "<html><head><title>Riverton floods</title>" + head + "</head><body><article><p>RIVERTON — The Ash River burst its banks " +
			"after two days of rain, and about 1,200 people were sheltering in schools, the county emergency office said.</p></article></body></html>"
	}
	srv := site(t, map[string]http.HandlerFunc{
		"/named":   text(body(`<meta property="og:site_name" content="Maple Wire Service">`), "text/html"),
		"/jsonld":  text(body(`<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Valley Herald"}}</script>`), "text/html"),
		"/unnamed": text(body(""), "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	host := "127.0.0.1" // no port: a site moved to another port is one site
	for _, c := range []struct {
		path, listing, want string
	}{
		{"/named", "Maplewire Daily", "Maple Wire Service"},
		{"/jsonld", "Maplewire Daily", "Valley Herald"},
		{"/unnamed", "Maplewire Daily", "Maplewire Daily"},
		{"/unnamed", "", host},
	} {
		a, _, err := f.Article(context.Background(), Link{URL: srv.URL + c.path, Site: c.listing}, Source{Name: "wirefeed"}, Validators{})
		if err != nil || a.Outlet != c.want {
			t.Errorf("%s listed by %q: outlet %q, want %q (%v)", c.path, c.listing, a.Outlet, c.want, err)
		}
	}
}

// A feed's channel title and a section page's og:site_name are the Site of
// their links on their own host (www. or not); a link to another host (an
// aggregator's, "from our partners") gets none; a sitemap names none.
func TestListingsNameTheirSite(t *testing.T) {
	base, _ := url.Parse("https://maple.example/")
	links, err := ParseFeed([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title> Maplewire Daily </title><link>https://maple.example/</link>`+
		`<description>d</description><item><title>t</title><link>https://www.maple.example/1</link></item>`+
		`<item><title>t</title><link>https://partner.example/2</link></item></channel></rss>`), base)
	if err != nil || len(links) != 2 || links[0].Site != "Maplewire Daily" && links[1].Site != "Maplewire Daily" || links[0].Site != "" && links[1].Site != "" {
		t.Errorf("feed: %+v %v", links, err)
	}
	links, err = PageLinks([]byte(`<html><head><meta property="og:site_name" content="Valley  Herald"></head><body><a href="/story">Story</a>`+
		`<a href="https://partner.example/x">Partner</a></body></html>`), "text/html", base, "a")
	if err != nil || len(links) != 2 || links[0].Site != "Valley Herald" || links[1].Site != "" {
		t.Errorf("section page: %+v %v", links, err)
	}
}
