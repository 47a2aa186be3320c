package scrape

import (
	"context"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDiscoverFeeds(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/rss.xml":   text(string(readTestdata(t, "feeds/rss.xml")), "application/rss+xml"),
		"/atom.xml":  text(string(readTestdata(t, "feeds/atom.xml")), "application/atom+xml"),
		"/feed.json": text(string(readTestdata(t, "feeds/feed.json")), "application/feed+json"),
	})
	f := newTestFetcher(t, FetchConfig{})
	ctx := context.Background()
	links, err := f.Discover(ctx, Source{Name: "rss", Feed: srv.URL + "/rss.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 || links[0].Title != "Newer story" || links[1].URL != srv.URL+"/world/older" {
		t.Errorf("rss: %+v", links)
	}
	for path, want := range map[string]string{"/atom.xml": "/atom/story", "/feed.json": "/json/story"} {
		links, err := f.Discover(ctx, Source{Name: path, Feed: srv.URL + path})
		if err != nil || len(links) != 1 || links[0].URL != srv.URL+want || links[0].Published.IsZero() {
			t.Errorf("%s: %+v %v", path, links, err)
		}
		if path == "/atom.xml" && err == nil && len(links) == 1 && !links[0].Updated.Equal(time.Date(2024, 3, 26, 10, 0, 0, 0, time.UTC)) {
			t.Errorf("atom entry's updated date: %v", links[0].Updated)
		}
	}
}

func TestDiscoverPageAndSitemap(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/world/":      text(string(readTestdata(t, "section/world.html")), "text/html"),
		"/sitemap.xml": text(string(readTestdata(t, "section/sitemap.xml")), "application/xml"),
		"/news.xml":    text(string(readTestdata(t, "section/news-sitemap.xml")), "application/xml"),
	})
	f := newTestFetcher(t, FetchConfig{})
	filter, _ := CompileFilter([]string{`/\d{4}/\d{2}/\d{2}/`}, []string{`/video/`})
	links, err := f.Discover(context.Background(), Source{Name: "p", Page: srv.URL + "/world/", Links: "article h2 a", Filter: filter})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		got = append(got, strings.TrimPrefix(l.URL, srv.URL))
	}
	if strings.Join(got, " ") != "/2024/03/27/toll /world/2024/03/26/talks" {
		t.Errorf("page links: %v", got)
	}
	links, err = f.Discover(context.Background(), Source{Name: "s", Sitemap: srv.URL + "/sitemap.xml"})
	got = nil
	for _, l := range links {
		got = append(got, strings.TrimPrefix(l.URL, srv.URL)+" "+l.Published.Format(time.RFC3339))
	}
	// Newest first; /c has a date written outside the W3C format.
	if want := "/b 2024-03-27T00:00:00Z|/c 2024-03-26T10:30:00Z|/a 2024-03-25T08:00:00Z"; err != nil || strings.Join(got, "|") != want || links[2].Title != "A" {
		t.Errorf("sitemap: %q, %v\nwant %q", got, err, want)
	}
	// lastmod is when an entry changed, for Rechecks; a news entry without
	// one has no such date.
	if err == nil && (!links[0].Updated.Equal(links[0].Published) || !links[2].Updated.IsZero()) {
		t.Errorf("sitemap updated dates: %v, %v", links[0].Updated, links[2].Updated)
	}
}

// TestListingGoneSaysWhichKeyToFix: a feed or section page answering 404
// or 410 names the source and its key, and stays a StatusError; a listing
// that fails otherwise keeps its error as it was.
func TestListingGoneSaysWhichKeyToFix(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/moved": func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) },
		"/busy":  func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) },
	})
	f := newTestFetcher(t, FetchConfig{})
	ctx := context.Background()
	for _, c := range []struct {
		src  Source
		want string
	}{
		{Source{Name: "wire", Feed: srv.URL + "/world/rss.xm"}, "404 Not Found: the site has nothing at this address: check source wire's feed: URL"},
		{Source{Name: "section", Page: srv.URL + "/moved", Links: "a"}, "410 Gone: the site has nothing at this address: check source section's page: URL"},
	} {
		_, err := f.Discover(ctx, c.src)
		var se *StatusError
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.As(err, &se) {
			t.Errorf("%s: got %v, want %q", c.src.Name, err, c.want)
		}
	}
	_, err := f.Discover(ctx, Source{Name: "busy", Feed: srv.URL + "/busy"})
	if err == nil || strings.Contains(err.Error(), "check source") {
		t.Errorf("a 500 is not a wrong address: %v", err)
	}
}

// TestListingBarredOrMissingSaysWhatToDo: a listing robots.txt
// disallows names the robots.txt, the source and its key, and the two ways
// on, staying ErrDisallowed; a dir: folder that is gone names the source
// and its key.
func TestListingBarredOrMissingSaysWhatToDo(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/robots.txt":       text("User-agent: *\nDisallow: /private/\n", "text/plain"),
		"/private/feed.xml": text("<rss version=\"2.0\"><channel></channel></rss>", "application/rss+xml"),
	})
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Discover(context.Background(), Source{Name: "wire", Feed: srv.URL + "/private/feed.xml"})
	want := "the site's robots.txt (" + srv.URL + "/robots.txt) asks robots not to read this address: give source wire another feed: URL the site allows"
	if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "fetch.ignore_robots: true") || !errors.Is(err, ErrDisallowed) {
		t.Errorf("robots: got %v, want %q", err, want)
	}
	// A sitemap index's child on another host is ruled by that host's
	// robots.txt, and the error names that one.
	other := site(t, map[string]http.HandlerFunc{
		"/robots.txt":       text("User-agent: *\nDisallow: /private/\n", "text/plain"),
		"/private/news.xml": text("<urlset></urlset>", "application/xml"),
	})
	index := site(t, map[string]http.HandlerFunc{
		"/index.xml": text("<sitemapindex><sitemap><loc>"+other.URL+"/private/news.xml</loc></sitemap></sitemapindex>", "application/xml"),
	})
	_, err = f.Discover(context.Background(), Source{Name: "map", Sitemap: index.URL + "/index.xml"})
	want = "the site's robots.txt (" + other.URL + "/robots.txt) asks robots not to read this address: give source map another sitemap: URL"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("robots of an index's child: got %v, want %q", err, want)
	}
	_, err = f.Discover(context.Background(), Source{Name: "archive", Dir: filepath.Join(t.TempDir(), "gone")})
	want = "the folder is not there: create it, or correct source archive's dir:"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("dir: got %v, want %q", err, want)
	}
}

// TestSitemapThatIsNotOneSaysWhatToDo: a sitemap: URL giving an HTML page
// or a feed says so, naming the source and the key to use, instead of the
// XML parser's root element; an index's child is named by its own URL.
func TestSitemapThatIsNotOneSaysWhatToDo(t *testing.T) {
	page := "<!doctype html><html><body><h1>Site map</h1><a href=\"/world/\">World</a></body></html>"
	srv := site(t, map[string]http.HandlerFunc{
		"/sitemap":    text(page, "text/html"),
		"/rss.xml":    text("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title></channel></rss>", "application/xml"),
		"/index.xml":  text("<sitemapindex><sitemap><loc>/sitemap</loc></sitemap></sitemapindex>", "application/xml"),
		"/broken.xml": text("<urlset><url><loc>/a</loc></url>", "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	for _, c := range []struct{ path, want string }{
		{"/sitemap", "/sitemap gives an HTML page, not an XML sitemap: check source map's sitemap: URL"},
		{"/index.xml", "/sitemap gives an HTML page, not an XML sitemap: check source map's sitemap: URL"},
		{"/rss.xml", "/rss.xml gives a feed, not a sitemap: write source map's address as feed: instead of sitemap:"},
		// Broken XML that a server calls text/html is no page: the
		// parser's own words stand.
		{"/broken.xml", "parse sitemap"},
	} {
		_, err := f.Discover(context.Background(), Source{Name: "map", Sitemap: srv.URL + c.path})
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "root element") {
			t.Errorf("%s: got %v, want %q", c.path, err, c.want)
		}
		// The parser's error stays wrapped under the advice.
		if c.path == "/sitemap" && (errors.Unwrap(err) == nil || !strings.Contains(errors.Unwrap(err).Error(), "root element is <html>")) {
			t.Errorf("%s: the parser's error is not wrapped: %v", c.path, errors.Unwrap(err))
		}
	}
}

// TestPageSelectorFindingNothingIsAnError: a links selector that finds no
// link on the section page fails the pass, naming the selector and the
// source, instead of listing no article.
func TestPageSelectorFindingNothingIsAnError(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/world/": text(string(readTestdata(t, "section/world.html")), "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Discover(context.Background(), Source{Name: "section", Page: srv.URL + "/world/", Links: "article h3 a"})
	want := `links selector "article h3 a" finds no link on the page: check source section's links:`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
}

// TestFeedThatIsHTMLSaysWhatToDo: a feed: URL that gives an HTML page
// says so, naming the source, the key and the feed the page names when it
// names one, or page: and links: when it does not, instead of the
// parser's "failed to detect feed type".
func TestFeedThatIsHTMLSaysWhatToDo(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/world/": text(string(readTestdata(t, "feeds/section-page.html")), "text/html"),
		"/":       text(string(readTestdata(t, "feeds/home-page.html")), "application/octet-stream"),
	})
	f := newTestFetcher(t, FetchConfig{})
	for _, c := range []struct{ path, want string }{
		{"/world/", "/world/ gives an HTML page, not an RSS, Atom or JSON feed: check source herald's feed: URL: the page names its feed at " + srv.URL + "/world/rss.xml"},
		{"/", "/ gives an HTML page, not an RSS, Atom or JSON feed: check source herald's feed: URL, or read the page as a section page with page: and links: instead of feed:"},
	} {
		_, err := f.Discover(context.Background(), Source{Name: "herald", Feed: srv.URL + c.path})
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "failed to detect") {
			t.Errorf("%s: got %v, want %q", c.path, err, c.want)
		}
	}
}
