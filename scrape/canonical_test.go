package scrape

import (
	"context"
	"net/http"
	"net/url"
	"testing"
)

// A page names the article's address with <link rel=canonical> or og:url,
// and that address is the article's key in the store: a page that names
// another outlet's address would stand in for that outlet's article.
func TestCanonicalOnAnotherSiteIsIgnored(t *testing.T) {
	page := readTestdata(t, "canonical/elsewhere.html")
	const named = "https://www.dailyledger.co.uk/world/2024/03/27/toll-rises"
	for _, c := range []struct {
		name, page, listing string
		allow               bool
		want                string
	}{
		{"another outlet's domain", "https://rogue.example/gaza", "https://rogue.example/feed", false, "https://rogue.example/gaza"},
		{"a neighbour under the same public suffix", "https://ledger.co.uk/gaza", "", false, "https://ledger.co.uk/gaza"},
		{"the source allows it", "https://rogue.example/gaza", "https://rogue.example/feed", true, named},
		{"the outlet's own subdomain", "https://amp.dailyledger.co.uk/world/toll", "", false, named},
		{"the listing's domain", "https://cdn.ledger-static.net/a/toll", "https://feeds.dailyledger.co.uk/world.rss", false, named},
	} {
		u, _ := url.Parse(c.page)
		a, err := ExtractHTML(page, "text/html", u, ExtractOptions{AllowCrossDomainCanonical: c.allow, Listing: c.listing})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.CanonicalURL != c.want {
			t.Errorf("%s: canonical %s, want %s", c.name, a.CanonicalURL, c.want)
		}
	}
}

// Through the fetcher the listing is the source's feed.
func TestArticleCanonicalKeptToTheSourcesSite(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{"/gaza": text(string(readTestdata(t, "canonical/elsewhere.html")), "text/html")})
	f := newTestFetcher(t, FetchConfig{})
	for allow, want := range map[bool]string{false: srv.URL + "/gaza", true: "https://www.dailyledger.co.uk/world/2024/03/27/toll-rises"} {
		src := Source{Name: "rogue", Feed: srv.URL + "/feed.xml", Extract: ExtractOptions{AllowCrossDomainCanonical: allow}}
		a, _, err := f.Article(context.Background(), Link{URL: srv.URL + "/gaza"}, src, Validators{})
		if err != nil || a.CanonicalURL != want {
			t.Errorf("allow %v: canonical %v (%v), want %s", allow, a, err, want)
		}
	}
}

func TestRegistrableDomain(t *testing.T) {
	for host, want := range map[string]string{
		"www.bbc.co.uk": "bbc.co.uk", "feeds.bbci.co.uk": "bbci.co.uk", "News.Example.COM.": "example.com",
		"127.0.0.1": "127.0.0.1", "localhost": "localhost", "user.github.io": "user.github.io",
	} {
		if got := registrableDomain(host); got != want {
			t.Errorf("%s: %s, want %s", host, got, want)
		}
	}
}
