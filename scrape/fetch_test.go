package scrape

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/time/rate"
)

const testUA = "claimtrack-test/1.0 (+https://example.org/contact)"

func newTestFetcher(t *testing.T, cfg FetchConfig) *Fetcher {
	t.Helper()
	if cfg.UserAgent == "" {
		cfg.UserAgent = testUA
	}
	if cfg.PerHostRate == 0 {
		cfg.PerHostRate = 1000 // tests measure behaviour, not time
	}
	f, err := NewFetcher(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// site is a test news site; handlers are keyed by path.
func site(t *testing.T, handlers map[string]http.HandlerFunc) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	if _, ok := handlers["/robots.txt"]; !ok {
		handlers["/robots.txt"] = func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }
	}
	for p, h := range handlers {
		mux.HandleFunc(p, h)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func text(body, ctype string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		fmt.Fprint(w, body)
	}
}

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
<item><title>Older story</title><link>/world/older?utm_source=rss</link><pubDate>Mon, 25 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Newer story</title><link>https://news.example.org/world/newer</link><pubDate>Wed, 27 Mar 2024 08:00:00 GMT</pubDate></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>
<entry><title>Atom story</title><link href="/atom/story"/><id>tag:x,2024:1</id><updated>2024-03-26T10:00:00Z</updated></entry></feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"World","items":[{"id":"1","url":"/json/story","title":"JSON story","date_published":"2024-03-26T11:00:00Z"}]}`

func TestDiscoverFeeds(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/rss.xml":   text(rss, "application/rss+xml"),
		"/atom.xml":  text(atom, "application/atom+xml"),
		"/feed.json": text(jsonFeed, "application/feed+json"),
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
	}
}

func TestDiscoverPageAndSitemap(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/world/": text(`<html><body><article><h2><a href="/2024/03/27/toll">Toll rises</a></h2></article>
			<article><h2><a href="2024/03/26/talks#x">Talks</a></h2></article>
			<article><h2><a href="/video/2024/03/26/clip">Video</a></h2></article>
			<nav><a href="/about">About</a></nav></body></html>`, "text/html"),
		"/sitemap.xml": text(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/news.xml</loc></sitemap></sitemapindex>`, "application/xml"),
		"/news.xml": text(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
			<url><loc>/a</loc><news:news><news:title>A</news:title><news:publication_date>2024-03-25T08:00:00Z</news:publication_date></news:news></url>
			<url><loc>/b</loc><lastmod>2024-03-27</lastmod></url>
			<url><loc>/c</loc><lastmod>2024-03-26 10:30:00</lastmod></url></urlset>`, "application/xml"),
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
}

func TestRobots(t *testing.T) {
	var pageHits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/robots.txt": text("User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n", "text/plain"),
		"/private/x":  func(w http.ResponseWriter, r *http.Request) { pageHits.Add(1) },
		"/public":     text("<html><body>ok</body></html>", "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	_, err := f.Fetch(context.Background(), srv.URL+"/private/x", Validators{})
	if !errors.Is(err, ErrDisallowed) || pageHits.Load() != 0 {
		t.Errorf("disallowed path: %v (hits %d)", err, pageHits.Load())
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/public", Validators{}); err != nil {
		t.Errorf("allowed path: %v", err)
	}
	u, _ := url.Parse(srv.URL)
	if lim := f.host(u).limiter.Limit(); lim != rate.Every(5*time.Second) {
		t.Errorf("Crawl-delay 5 should set the host rate to one per 5s, got %v", lim)
	}
}

func TestRobotsUnreachableDisallows(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/robots.txt": func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) },
		"/page":       text("<html>x</html>", "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	if _, err := f.Fetch(context.Background(), srv.URL+"/page", Validators{}); err == nil || !strings.Contains(err.Error(), "robots.txt") {
		t.Errorf("want a robots.txt error, got %v", err)
	}
}

func TestConditionalGet(t *testing.T) {
	var full atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/a": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			if r.Header.Get("User-Agent") != testUA {
				http.Error(w, "who are you", http.StatusForbidden)
				return
			}
			full.Add(1)
			w.Header().Set("ETag", `"v1"`)
			w.Header().Set("Last-Modified", "Wed, 27 Mar 2024 10:00:00 GMT")
			fmt.Fprint(w, "<html><body>hello</body></html>")
		},
	})
	f := newTestFetcher(t, FetchConfig{})
	r1, err := f.Fetch(context.Background(), srv.URL+"/a", Validators{})
	if err != nil || r1.Validators.ETag != `"v1"` || r1.Validators.LastModified == "" {
		t.Fatalf("first fetch: %+v %v", r1, err)
	}
	r2, err := f.Fetch(context.Background(), srv.URL+"/a", r1.Validators)
	if err != nil || !r2.NotModified || len(r2.Body) != 0 || full.Load() != 1 {
		t.Errorf("second fetch should be a 304: %+v %v", r2, err)
	}
}

func TestRetryAfter(t *testing.T) {
	var hits atomic.Int32
	srv := site(t, map[string]http.HandlerFunc{
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		},
	})
	f := newTestFetcher(t, FetchConfig{})
	start := time.Now()
	_, err := f.Fetch(context.Background(), srv.URL+"/busy", Validators{})
	var ra *RetryAfterError
	if !errors.As(err, &ra) || ra.Until.Sub(start) < 119*time.Second {
		t.Fatalf("want RetryAfterError two minutes out, got %v", err)
	}
	// Until then the host is not asked again.
	_, err = f.Fetch(context.Background(), srv.URL+"/busy", Validators{})
	if !errors.As(err, &ra) || hits.Load() != 1 {
		t.Errorf("second fetch should wait without asking: %v, hits %d", err, hits.Load())
	}
	if d := retryAfter("Wed, 21 Oct 2099 07:28:00 GMT", time.Now()); d != 24*time.Hour {
		t.Errorf("HTTP-date Retry-After far away should be capped at a day, got %v", d)
	}
}

func TestTimeoutsLimitsAndLoops(t *testing.T) {
	srv := site(t, map[string]http.HandlerFunc{
		"/slow": func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		},
		"/huge": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			chunk := []byte(strings.Repeat("x", 1<<20))
			for i := 0; i < 50; i++ {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		},
		"/loop": func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) },
	})
	f := newTestFetcher(t, FetchConfig{Timeout: 300 * time.Millisecond})
	if _, err := f.Fetch(context.Background(), srv.URL+"/slow", Validators{}); err == nil || !strings.Contains(err.Error(), srv.URL+"/slow") {
		t.Errorf("slow server: %v", err)
	}
	f = newTestFetcher(t, FetchConfig{})
	if _, err := f.Fetch(context.Background(), srv.URL+"/huge", Validators{}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "max_body_bytes") {
		t.Errorf("50 MB body: %v", err)
	}
	if _, err := f.Fetch(context.Background(), srv.URL+"/loop", Validators{}); err == nil || !strings.Contains(err.Error(), "stopped after 5 redirects") {
		t.Errorf("redirect loop: %v", err)
	}
	if _, err := NewFetcher(FetchConfig{}, nil); err == nil {
		t.Error("a fetcher without a User-Agent must be refused")
	}
}

func TestArticleThroughFetch(t *testing.T) {
	page := `<html><head><title>Café closes</title></head><body><article><p>The café on the corner served 1,200 meals a day to families who had fled the fighting, its owner said on Tuesday evening.</p><p>“It is not enough,” she said, adding that the queue now reaches the end of the street every morning.</p></article></body></html>`
	latin, _ := charmap.Windows1252.NewEncoder().String(page)
	srv := site(t, map[string]http.HandlerFunc{
		"/cp1252": text(latin, "text/html; charset=windows-1252"),
		"/utf8":   text(page, "text/html"),
		"/pdf":    text("%PDF-1.7", "application/pdf"),
	})
	f := newTestFetcher(t, FetchConfig{})
	for _, p := range []string{"/cp1252", "/utf8"} {
		a, _, err := f.Article(context.Background(), Link{URL: srv.URL + p}, Source{}, Validators{})
		if err != nil || !strings.Contains(a.Text, "The café on the corner") || a.CanonicalURL != srv.URL+p {
			t.Errorf("%s: %+v %v", p, a, err)
		}
	}
	if _, _, err := f.Article(context.Background(), Link{URL: srv.URL + "/pdf"}, Source{}, Validators{}); !errors.Is(err, ErrNotHTML) {
		t.Errorf("pdf: %v", err)
	}
}

func TestDirSource(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Talks resume\n\nMore than 32,000 people have been killed, officials said.\n\nSee also: other news"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.eml"), []byte("From: desk@example.org\r\nSubject: =?utf-8?q?Caf=C3=A9_briefing?=\r\nDate: Wed, 27 Mar 2024 10:00:00 +0000\r\nContent-Type: multipart/alternative; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/html\r\n\r\n<p>html part</p>\r\n--XX\r\nContent-Type: text/plain\r\n\r\nSome 700 prisoners would be released.\r\n--XX--\r\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.html"), []byte(articleHTML), 0o644)
	os.WriteFile(filepath.Join(dir, "d.eml"), []byte("From: desk@example.org\r\nSubject: Aid update\r\nContent-Type: text/html\r\n\r\n<html><body><article><p>Aid agencies said more than 20,000 people had fled the district since the start of the month.</p></article></body></html>\r\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.pdf"), []byte("x"), 0o644)
	f := newTestFetcher(t, FetchConfig{})
	links, err := f.Discover(context.Background(), Source{Name: "d", Dir: dir})
	if err != nil || len(links) != 4 {
		t.Fatalf("dir links: %+v %v", links, err)
	}
	got := map[string]*Article{}
	for _, l := range links {
		a, _, err := f.Article(context.Background(), l, Source{}, Validators{})
		if err != nil {
			t.Fatal(err)
		}
		got[filepath.Base(l.Path)] = a
	}
	if a := got["a.txt"]; a.Title != "Talks resume" || strings.Contains(a.Text, "See also") || !strings.Contains(a.Text, "32,000") {
		t.Errorf("txt: %+v", a)
	}
	if a := got["b.eml"]; a.Title != "Café briefing" || a.Text != "Some 700 prisoners would be released." || a.Published.Year() != 2024 {
		t.Errorf("eml: %+v", a)
	}
	// Each kind of file hashes its text, whichever reader set it.
	for name, a := range got {
		if a.Text == "" || a.TextHash != HashText(a.Text) {
			t.Errorf("%s: text %q hashed as %q", name, a.Text, a.TextHash)
		}
	}
}
