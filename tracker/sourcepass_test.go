package tracker

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// testPass returns a source pass with the shipped rules over a fresh
// SQLite store.
func testPass(t *testing.T) (store.Store, *SourcePass) {
	return testPassAt(t, filepath.Join(t.TempDir(), "t.db"))
}

// testPassAt is testPass with the store's file at path.
func testPassAt(t *testing.T, path string) (store.Store, *SourcePass) {
	s, err := store.Open(context.Background(), path, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	f, _ := scrape.NewFetcher(scrape.FetchConfig{UserAgent: "test", PerHostRate: 1e9, PerHostParallel: 2, IgnoreRobots: true}, nil)
	return s, &SourcePass{Store: s, Fetcher: f, Engine: shippedEngine(t), Log: slog.New(slog.NewTextHandler(io.Discard, nil)), ConflictWindow: 48 * time.Hour, Backoff: health.DefaultBackoff}
}

// writeStory serves a text as a news page, a paragraph for each blank
// line.
func writeStory(w http.ResponseWriter, title, text string) {
	writeStoryWithHead(w, "", title, text)
}

// writeStoryWithHead is writeStory with more in the page's head (a
// canonical link, a date).
func writeStoryWithHead(w http.ResponseWriter, head, title, text string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><head><title>%s</title>%s</head><body><article><h1>%s</h1>", title, head, title)
	for _, para := range strings.Split(text, "\n\n") {
		fmt.Fprintf(w, "<p>%s</p>", para)
	}
	io.WriteString(w, "</article></body></html>")
}

// storySite serves a feed at /feed.xml listing the paths listed, in
// order, and at each path of pages a news page of its text; any other path
// is not found. feedETag, when set, is the feed's ETag.
func storySite(t *testing.T, feedETag string, listed []string, pages map[string]string) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			if feedETag != "" {
				w.Header().Set("ETag", feedETag)
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for _, p := range listed {
				fmt.Fprintf(w, "<item><title>Story</title><link>%s</link></item>", p)
			}
			io.WriteString(w, "</channel></rss>")
			return
		}
		text, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		writeStory(w, "Story", text)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestPassClassifiesCopiesWithinOneBatch serves one feed holding a story, the
// same text under a second URL and a re-spun copy of it. They are stored
// together in one transaction, yet classified as if one after the other: the
// second URL is a copy, the re-spun text is linked to the original, and a
// second pass finds nothing new.
func TestPassClassifiesCopiesWithinOneBatch(t *testing.T) {
	story := "Gaza's health ministry said on Sunday that 32,490 people had been killed since the war began.\n\n" + newstext.Story(2500, 7)
	respun := strings.Replace(strings.Replace(story, " said ", " told reporters ", 2), " the ", " a ", 3)
	srv := storySite(t, "", []string{"/a/original", "/b/same-text", "/c/respun"},
		map[string]string{"/a/original": story, "/b/same-text": story, "/c/respun": respun})
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.db")
	store, p := testPassAt(t, path)
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}

	res := p.Run(ctx, src)
	if res.Err != nil || res.New != 2 || res.Skipped != 1 || res.Failed != 0 {
		t.Fatalf("first pass: %+v; want 2 new (original, re-spun) and 1 skipped (same text)", res)
	}
	if res.Observations != 2 {
		t.Errorf("observations: %d, want one from each new article", res.Observations)
	}
	// A second handle on the file, as another process would read it.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var origID, copyOf int64
	if err := db.QueryRow(`SELECT id FROM articles WHERE canonical_url = ?`, srv.URL+"/a/original").Scan(&origID); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/b/same-text", "/c/respun"} {
		if err := db.QueryRow(`SELECT coalesce(copy_of, 0) FROM articles WHERE canonical_url = ?`, srv.URL+path).Scan(&copyOf); err != nil {
			t.Fatal(err)
		}
		if copyOf != origID {
			t.Errorf("%s: copy_of %d, want the original %d", path, copyOf, origID)
		}
	}
	if _, agree, _ := store.Current(ctx, "gaza_death_toll"); len(agree) != 1 {
		t.Errorf("agreeing outlets: %v", agree)
	}

	res = p.Run(ctx, src)
	if res.Err != nil || res.New != 0 || res.Observations != 0 {
		t.Errorf("second pass: %+v; want nothing new", res)
	}
}

// failingStore fails every batch, as a crash before the commit would
// leave it: nothing of the batch stored.
type failingStore struct{ store.Store }

func (failingStore) Update(context.Context, func(*store.Tx) error) error {
	return errors.New("disk full")
}

// TestPassStoresValidatorsWithArticles serves a feed and pages with
// ETags. Validators are stored only with what they stand for: a pass whose
// batch is not stored leaves none behind, so the next pass reads the feed
// and pages in full; a feed's are stored once every article it lists is,
// so an article that failed is looked for again. Unchanged feeds and pages
// are answered 304, a page with new text is read again, and a new ETag on
// the same text is remembered.
func TestPassStoresValidatorsWithArticles(t *testing.T) {
	var mu sync.Mutex
	etags := map[string]string{"/feed.xml": `"f1"`, "/a": `"a1"`, "/b": `"b1"`}
	texts := map[string]string{"/a": newstext.Story(2500, 21), "/b": newstext.Story(2500, 22)}
	broken := map[string]bool{}
	requests, notModified := map[string]int{}, map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		path := r.URL.Path
		etag, ok := etags[path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		requests[path]++
		if broken[path] {
			http.Error(w, "upstream timed out", http.StatusBadGateway)
			return
		}
		if r.Header.Get("If-None-Match") == etag {
			notModified[path]++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		if path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>A</title><link>/a</link></item><item><title>B</title><link>/b</link></item></channel></rss>`)
			return
		}
		writeStory(w, "Story", texts[path])
	}))
	defer srv.Close()
	ctx := context.Background()
	store, p := testPass(t)
	p.Store = failingStore{store}
	// The feed's stories are undated and change without the feed saying
	// so: this test is about what a re-read stores, so every pass re-reads
	// them (a re-check due every nanosecond).
	p.Rechecks = &scrape.Rechecks{Undated: time.Nanosecond}
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}
	etagOf := func(path string) string {
		v, err := store.Validators(ctx, srv.URL+path)
		if err != nil {
			t.Fatal(err)
		}
		return v.ETag
	}
	change := func(f func()) {
		mu.Lock()
		defer mu.Unlock()
		f()
		clear(requests)
		clear(notModified)
	}

	if res := p.Run(ctx, src); res.Err == nil || res.New != 0 {
		t.Fatalf("a pass whose batch failed: %+v", res)
	}
	if a, f := etagOf("/a"), etagOf("/feed.xml"); a != "" || f != "" {
		t.Fatalf("validators saved for what was not stored: article %q, feed %q", a, f)
	}
	p.Store = store
	change(func() {})
	if res := p.Run(ctx, src); res.Err != nil || res.New != 2 {
		t.Fatalf("the pass after the failure: %+v, want both articles read", res)
	}
	if len(notModified) != 0 {
		t.Errorf("answered 304 before anything was stored: %v", notModified)
	}
	if a, f := etagOf("/a"), etagOf("/feed.xml"); a != `"a1"` || f != `"f1"` {
		t.Errorf("validators after a good pass: article %q, feed %q", a, f)
	}
	change(func() {})
	if res := p.Run(ctx, src); res.Err != nil || res.New != 0 || notModified["/feed.xml"] != 1 || requests["/a"] != 0 {
		t.Errorf("an unchanged feed: %+v, requests %v, 304s %v", res, requests, notModified)
	}
	change(func() { etags["/feed.xml"] = `"f2"` }) // the feed changed elsewhere
	if res := p.Run(ctx, src); res.Err != nil || res.New != 0 || notModified["/a"] != 1 || notModified["/b"] != 1 {
		t.Errorf("unchanged pages: %+v, 304s %v", res, notModified)
	}
	change(func() {
		etags["/feed.xml"] = `"f3"`
		texts["/a"], etags["/a"] = newstext.Story(2500, 23), `"a2"`
		etags["/b"] = `"b2"` // same text, new ETag
	})
	if res := p.Run(ctx, src); res.Err != nil || res.New != 1 || res.Skipped != 1 {
		t.Errorf("a pass with one changed page: %+v, want 1 new and 1 skipped", res)
	}
	if a, b := etagOf("/a"), etagOf("/b"); a != `"a2"` || b != `"b2"` {
		t.Errorf("validators after the change: /a %q, /b %q", a, b)
	}
	// An article that cannot be fetched keeps the feed's old validators:
	// the next pass lists it again and reads it.
	change(func() {
		etags["/feed.xml"] = `"f4"`
		texts["/a"], etags["/a"] = newstext.Story(2500, 24), `"a3"`
		broken["/a"] = true
	})
	if res := p.Run(ctx, src); res.Failed != 1 {
		t.Errorf("a pass with a broken article: %+v", res)
	}
	if f := etagOf("/feed.xml"); f != `"f3"` {
		t.Errorf("the feed's validators moved on past an article that failed: %q", f)
	}
	change(func() { broken["/a"] = false })
	if res := p.Run(ctx, src); res.Err != nil || res.New != 1 || notModified["/feed.xml"] != 0 {
		t.Errorf("the pass after the failure: %+v, 304s %v; want the feed read and /a stored", res, notModified)
	}
	if f := etagOf("/feed.xml"); f != `"f4"` {
		t.Errorf("the feed's validators after every article was read: %q", f)
	}
}

// TestPassGoneArticleKeepsFeedConditional: an article deleted from its
// site (404) while its feed still lists it does not keep the feed from
// being fetched conditionally, as an article that may come back does.
func TestPassGoneArticleKeepsFeedConditional(t *testing.T) {
	srv := storySite(t, `"f1"`, []string{"/a", "/gone"}, map[string]string{"/a": newstext.Story(2500, 31)})
	ctx := context.Background()
	store, p := testPass(t)
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}
	if res := p.Run(ctx, src); res.Err != nil || res.New != 1 || res.Failed != 1 {
		t.Fatalf("pass: %+v, want 1 new and 1 failed", res)
	}
	if v, _ := store.Validators(ctx, srv.URL+"/feed.xml"); v.ETag != `"f1"` {
		t.Errorf("the feed's validators: %+v, want them stored", v)
	}
}

// TestPassSameStoryTwiceAcrossBatches lists one story under two addresses
// whose pages name the same canonical URL, with more than a batch of other
// stories between them: the second is unchanged, not new, although what
// the pass knew of its links was read before the first was stored.
func TestPassSameStoryTwiceAcrossBatches(t *testing.T) {
	n := batchSize + 1
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for i := range n {
				fmt.Fprintf(w, "<item><title>S</title><link>/s/%d</link></item>", i)
			}
			io.WriteString(w, "<item><title>S</title><link>/amp/s/0</link></item></channel></rss>")
			return
		}
		var i int
		if _, err := fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/amp"), "/s/%d", &i); err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>S</title><link rel="canonical" href="%s/s/%d"></head><body><article><h1>S</h1>`, srv.URL, i)
		for _, para := range strings.Split(newstext.Story(2000, uint64(40+i)), "\n\n") {
			fmt.Fprintf(w, "<p>%s</p>", para)
		}
		io.WriteString(w, "</article></body></html>")
	}))
	defer srv.Close()
	_, p := testPass(t)
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", MaxItems: 100, Outlet: "Wire"}
	if res := p.Run(context.Background(), src); res.Err != nil || res.New != n || res.Skipped != 1 {
		t.Errorf("pass: %+v, want %d new and the second address skipped", res, n)
	}
}

// panickyStats panics when told of the first article it hears of, or of
// a pass's end, standing in for any bug a page might set off.
type panickyStats struct {
	calls        atomic.Int32
	panicFetched bool
}

func (s *panickyStats) Observation(string, string, string) {}
func (s *panickyStats) Article(string, string) {
	if s.calls.Add(1) == 1 {
		panic("a bug set off by the first article")
	}
}
func (s *panickyStats) Fetched(string, error) {
	if s.panicFetched {
		panic("a bug set off by the feed")
	}
}

// TestPassSurvivesAPanic: an article whose reading panics fails alone;
// the pass goes on, stores the others, and the next pass tries it again.
// A panic elsewhere in a pass fails the pass.
func TestPassSurvivesAPanic(t *testing.T) {
	srv := storySite(t, "", []string{"/a", "/b"}, map[string]string{"/a": newstext.Story(2500, 41), "/b": newstext.Story(2500, 42)})
	ctx := context.Background()
	_, p := testPass(t)
	p.Stats = &panickyStats{}
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}
	res := p.Run(ctx, src)
	if res.New != 1 || res.Failed != 1 || res.Err != nil {
		t.Fatalf("pass with a panic: %+v, want 1 new and 1 failed", res)
	}
	if res := p.Run(ctx, src); res.New != 1 || res.Failed != 0 {
		t.Errorf("next pass: %+v, want the failed article read", res)
	}
	// Outside any one article, the pass fails, not the process.
	p.Stats = &panickyStats{panicFetched: true}
	if res := p.Run(ctx, src); res.Err == nil || !strings.Contains(res.Err.Error(), "internal error") {
		t.Errorf("pass panicking at its end: %+v, want an internal error", res)
	}
}

// TestPassRereadsStoredArticlesWhenDue: a feed's stories, once stored, are
// not fetched again at every pass, only when the feed says one was
// updated and when a correction re-check falls due.
func TestPassRereadsStoredArticlesWhenDue(t *testing.T) {
	published := time.Date(2024, 3, 12, 9, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	updated := map[string]time.Time{} // a story's <updated>, when the feed gives one
	requests := map[string]int{}
	paths := []string{"/a", "/b", "/c"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		requests[r.URL.Path]++
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/atom+xml")
			io.WriteString(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>`)
			for _, p := range paths {
				up := published
				if u, ok := updated[p]; ok {
					up = u
				}
				fmt.Fprintf(w, `<entry><title>Story %s</title><link href="%s"/><id>%s</id><published>%s</published><updated>%s</updated></entry>`,
					p, p, p, published.Format(time.RFC3339), up.Format(time.RFC3339))
			}
			io.WriteString(w, "</feed>")
			return
		}
		w.Header().Set("ETag", `"`+r.URL.Path+`"`)
		if r.Header.Get("If-None-Match") == `"`+r.URL.Path+`"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		writeStory(w, "Story", newstext.Story(2500, uint64(len(r.URL.Path)+int(r.URL.Path[1]))))
	}))
	defer srv.Close()
	ctx := context.Background()
	_, p := testPass(t)
	now := published.Add(10 * time.Minute)
	p.Now = func() time.Time { return now }
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}
	pass := func(minutes int, want map[string]int) {
		t.Helper()
		now = now.Add(time.Duration(minutes) * time.Minute)
		mu.Lock()
		clear(requests)
		mu.Unlock()
		if res := p.Run(ctx, src); res.Err != nil {
			t.Fatalf("pass at %s: %v", now.Sub(published), res.Err)
		}
		mu.Lock()
		defer mu.Unlock()
		for _, path := range paths {
			if requests[path] != want[path] {
				t.Errorf("pass at %s: %s fetched %d times, want %d", now.Sub(published), path, requests[path], want[path])
			}
		}
	}
	pass(0, map[string]int{"/a": 1, "/b": 1, "/c": 1})  // new: all read
	pass(15, map[string]int{})                          // stored, nothing due
	pass(15, map[string]int{})                          // 40 minutes old
	pass(25, map[string]int{"/a": 1, "/b": 1, "/c": 1}) // past the hour: the first re-check
	pass(15, map[string]int{})
	mu.Lock()
	updated["/b"] = now.Add(5 * time.Minute) // the outlet updates /b
	mu.Unlock()
	pass(15, map[string]int{"/b": 1})
	pass(15, map[string]int{})
	pass(3*24*60, map[string]int{"/a": 1, "/b": 1, "/c": 1}) // missed checks: one re-read
	pass(24*60, map[string]int{})                            // past two days: never again
}

// TestPassSkipsAPageClaimingAnotherSourcesArticle runs two sources on one
// site: the outlet's feed lists a story, the other's lists a page whose
// canonical link names the outlet's story, with another figure. The page
// is skipped with a warning naming both sources and the address, and
// nothing of it is stored.
func TestPassSkipsAPageClaimingAnotherSourcesArticle(t *testing.T) {
	story := "Gaza's health ministry said on Sunday that 32,490 people had been killed since the war began.\n\n" + newstext.Story(2500, 7)
	claim := "Gaza's health ministry said on Sunday that 175,000 people had been killed since the war began.\n\n" + newstext.Story(2500, 8)
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/outlet.xml", "/other.xml":
			link := map[string]string{"/outlet.xml": "/news/story", "/other.xml": "/pages/claim"}[r.URL.Path]
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Story</title><link>%s</link></item></channel></rss>`, link)
		case "/news/story":
			writeStory(w, "Story", story)
		case "/pages/claim":
			writeStoryWithHead(w, fmt.Sprintf(`<link rel="canonical" href="%s/news/story">`, srvURL), "Story", claim)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	srvURL = srv.URL
	ctx := context.Background()
	s, p := testPass(t)
	var logs strings.Builder
	p.Log = slog.New(slog.NewTextHandler(&logs, nil))
	if res := p.Run(ctx, scrape.Source{Name: "outlet", Feed: srv.URL + "/outlet.xml", Outlet: "Outlet"}); res.Err != nil || res.New != 1 {
		t.Fatalf("the outlet's pass: %+v", res)
	}
	before, _ := s.HashAt(ctx, srv.URL+"/news/story")
	res := p.Run(ctx, scrape.Source{Name: "other", Feed: srv.URL + "/other.xml", Outlet: "Other"})
	if res.Err != nil || res.New != 0 || res.Skipped != 1 || res.Observations != 0 {
		t.Errorf("the other's pass: %+v, want its page skipped and nothing observed", res)
	}
	hist, err := s.History(ctx, "gaza_death_toll")
	if err != nil || len(hist) != 1 || hist[0].Outlet != "Outlet" {
		t.Errorf("history: %+v %v, want the outlet's observation alone", hist, err)
	}
	if h, _ := s.HashAt(ctx, srv.URL+"/news/story"); before == "" || h != before {
		t.Errorf("the outlet's article took the page's text: hash %q, was %q", h, before)
	}
	warn := logs.String()
	if !strings.Contains(warn, "level=WARN") || !strings.Contains(warn, "source=other") || !strings.Contains(warn, "owner=outlet") || !strings.Contains(warn, srv.URL+"/news/story") {
		t.Errorf("want a warning naming both sources and the address; logs:\n%s", warn)
	}
}

// TestPassRechecksPagesWithoutValidators: an outlet whose feed links to
// an address other than the story's canonical URL (a tracking parameter,
// a mobile path) and whose pages send no ETag or Last-Modified. Each
// page's own last fetch is what its re-checks count from, so a stored
// story is read at its re-checks and not at every pass; a story whose
// feed entry gives no date is scheduled by the date its page gives.
func TestPassRechecksPagesWithoutValidators(t *testing.T) {
	published := time.Date(2024, 3, 12, 9, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	requests := map[string]int{}
	var srvURL string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		requests[r.URL.Path]++
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`+
				`<item><title>Dated</title><link>/m/dated?ref=rss</link><pubDate>%s</pubDate></item>`+
				`<item><title>Undated</title><link>/m/undated?ref=rss</link></item></channel></rss>`, published.Format(time.RFC1123Z))
		case "/m/dated", "/m/undated":
			name := strings.TrimPrefix(r.URL.Path, "/m/")
			head := fmt.Sprintf(`<link rel="canonical" href="%s/news/%s"><meta property="article:published_time" content="%s">`,
				srvURL, name, published.Format(time.RFC3339))
			writeStoryWithHead(w, head, "Story", newstext.Story(2500, uint64(len(name))))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	srvURL = srv.URL
	ctx := context.Background()
	_, p := testPass(t)
	now := published.Add(10 * time.Minute)
	p.Now = func() time.Time { return now }
	src := scrape.Source{Name: "mobile", Feed: srv.URL + "/feed.xml", Outlet: "Mobile"}
	pass := func(minutes int, want int) {
		t.Helper()
		now = now.Add(time.Duration(minutes) * time.Minute)
		mu.Lock()
		clear(requests)
		mu.Unlock()
		res := p.Run(ctx, src)
		if res.Err != nil {
			t.Fatalf("pass at %s: %v", now.Sub(published), res.Err)
		}
		mu.Lock()
		defer mu.Unlock()
		for _, path := range []string{"/m/dated", "/m/undated"} {
			if requests[path] != want {
				t.Errorf("pass at %s: %s fetched %d times, want %d", now.Sub(published), path, requests[path], want)
			}
		}
	}
	pass(0, 1)  // new: read
	pass(15, 0) // stored, nothing due
	pass(15, 0)
	pass(25, 1) // past the hour: the first re-check
	pass(15, 0)
	pass(15, 0)
	pass(3*24*60, 1) // missed checks: one re-read
	pass(24*60, 0)   // past two days: never again
}
