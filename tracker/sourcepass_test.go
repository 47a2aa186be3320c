package tracker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
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

// writeFeed serves an RSS feed listing links, each item titled title.
func writeFeed(w http.ResponseWriter, title string, links []string) {
	writeTitledFeed(w, links, func(string) string { return title })
}

// writeTitledFeed serves an RSS feed listing links, each item titled by
// titleOf its link (a headline that carries a figure of its own).
func writeTitledFeed(w http.ResponseWriter, links []string, titleOf func(link string) string) {
	w.Header().Set("Content-Type", "application/rss+xml")
	io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
	for _, l := range links {
		fmt.Fprintf(w, "<item><title>%s</title><link>%s</link></item>", titleOf(l), l)
	}
	io.WriteString(w, "</channel></rss>")
}

// writeFolder writes files (name to text) into a new folder, a folder
// source's saved articles, and returns its path.
func writeFolder(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
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

// siteAt serves handle until the test ends. handle is given the site's own
// address, for the links its pages and feeds give in full.
func siteAt(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, site string)) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { handle(w, r, srv.URL) }))
	t.Cleanup(srv.Close)
	return srv
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
			writeFeed(w, "Story", listed)
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

// TestPassSkipsAPageClaimingAnotherSourcesArticle runs two sources on one
// site: the outlet's feed lists a story, the other's lists a page whose
// canonical link names the outlet's story, with another figure. The page
// is skipped with a warning naming both sources and the address, and
// nothing of it is stored.
func TestPassSkipsAPageClaimingAnotherSourcesArticle(t *testing.T) {
	story := "Gaza's health ministry said on Sunday that 32,490 people had been killed since the war began.\n\n" + newstext.Story(2500, 7)
	claim := "Gaza's health ministry said on Sunday that 175,000 people had been killed since the war began.\n\n" + newstext.Story(2500, 8)
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		switch r.URL.Path {
		case "/outlet.xml", "/other.xml":
			link := map[string]string{"/outlet.xml": "/news/story", "/other.xml": "/pages/claim"}[r.URL.Path]
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Story</title><link>%s</link></item></channel></rss>`, link)
		case "/news/story":
			writeStory(w, "Story", story)
		case "/pages/claim":
			writeStoryWithHead(w, fmt.Sprintf(`<link rel="canonical" href="%s/news/story">`, site), "Story", claim)
		default:
			http.NotFound(w, r)
		}
	})
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
