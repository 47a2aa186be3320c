package tracker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
)

// testPipeline returns a pipeline with the shipped rules over a fresh
// SQLite store.
func testPipeline(t *testing.T) (Store, *Pipeline) {
	store, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	f, _ := scrape.NewFetcher(scrape.FetchConfig{UserAgent: "test", PerHostRate: 1e9, PerHostParallel: 2, IgnoreRobots: true}, nil)
	return store, &Pipeline{Store: store, Fetcher: f, Engine: shippedEngine(t), Log: slog.New(slog.NewTextHandler(io.Discard, nil)), ConflictWindow: 48 * time.Hour, Backoff: scrape.DefaultBackoff}
}

// writeStory serves a text as a news page, a paragraph for each blank
// line.
func writeStory(w http.ResponseWriter, title, text string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><h1>%s</h1>", title, title)
	for _, para := range strings.Split(text, "\n\n") {
		fmt.Fprintf(w, "<p>%s</p>", para)
	}
	io.WriteString(w, "</article></body></html>")
}

// TestPassJudgesCopiesWithinOneBatch serves one feed holding a story, the
// same text under a second URL and a re-spun copy of it. They are stored
// together in one transaction, yet judged as if one after the other: the
// second URL is a copy, the re-spun text is linked to the original, and a
// second pass finds nothing new.
func TestPassJudgesCopiesWithinOneBatch(t *testing.T) {
	story := "Gaza's health ministry said on Sunday that 32,490 people had been killed since the war began.\n\n" + newstext.Story(2500, 7)
	respun := strings.Replace(strings.Replace(story, " said ", " told reporters ", 2), " the ", " a ", 3)
	pages := map[string]string{"/a/original": story, "/b/same-text": story, "/c/respun": respun}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for _, p := range []string{"/a/original", "/b/same-text", "/c/respun"} {
				fmt.Fprintf(w, "<item><title>Toll</title><link>%s</link></item>", p)
			}
			io.WriteString(w, "</channel></rss>")
			return
		}
		text, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		writeStory(w, "Toll rises", text)
	}))
	defer srv.Close()
	ctx := context.Background()
	store, p := testPipeline(t)
	src := Source{Source: scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml"}, Outlet: "Wire"}

	res := p.RunSource(ctx, src)
	if res.Err != nil || res.New != 2 || res.Skipped != 1 || res.Failed != 0 {
		t.Fatalf("first pass: %+v; want 2 new (original, re-spun) and 1 skipped (same text)", res)
	}
	if res.Observations != 2 {
		t.Errorf("observations: %d, want one from each new article", res.Observations)
	}
	db := store.(*sqlStore).db
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

	res = p.RunSource(ctx, src)
	if res.Err != nil || res.New != 0 || res.Observations != 0 {
		t.Errorf("second pass: %+v; want nothing new", res)
	}
}

// failingStore fails every batch, as a crash before the commit would
// leave it: nothing of the batch stored.
type failingStore struct{ Store }

func (failingStore) ProcessBatch(context.Context, []Item, func(string) (Policy, MetricInfo)) ([][]Outcome, error) {
	return nil, errors.New("disk full")
}

// TestPassStoresValidatorsWithArticles serves pages with ETags. A pass
// whose batch is not stored leaves no validators behind, so the next pass
// reads the pages in full rather than being told they are unchanged;
// after that, unchanged pages are answered 304, a page with new text is
// read again, and a new ETag on the same text is remembered.
func TestPassStoresValidatorsWithArticles(t *testing.T) {
	var mu sync.Mutex
	etags := map[string]string{"/a": `"a1"`, "/b": `"b1"`}
	texts := map[string]string{"/a": newstext.Story(2500, 21), "/b": newstext.Story(2500, 22)}
	conditional, notModified := 0, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>A</title><link>/a</link></item><item><title>B</title><link>/b</link></item></channel></rss>`)
			return
		}
		etag, ok := etags[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if inm := r.Header.Get("If-None-Match"); inm != "" {
			conditional++
			if inm == etag {
				notModified++
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.Header().Set("ETag", etag)
		writeStory(w, "Story", texts[r.URL.Path])
	}))
	defer srv.Close()
	ctx := context.Background()
	store, p := testPipeline(t)
	p.Store = failingStore{store}
	src := Source{Source: scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml"}, Outlet: "Wire"}
	validators := func(path string) scrape.Validators {
		v, err := store.Validators(ctx, srv.URL+path)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	if res := p.RunSource(ctx, src); res.Err == nil || res.New != 0 {
		t.Fatalf("a pass whose batch failed: %+v", res)
	}
	if v := validators("/a"); v != (scrape.Validators{}) {
		t.Fatalf("validators saved for an article that was not: %+v", v)
	}
	p.Store = store
	if res := p.RunSource(ctx, src); res.Err != nil || res.New != 2 {
		t.Fatalf("the pass after the failure: %+v, want both articles read", res)
	}
	if conditional != 0 {
		t.Errorf("%d conditional requests before any article was stored", conditional)
	}
	if v := validators("/a"); v.ETag != `"a1"` {
		t.Errorf("validators of /a: %+v", v)
	}
	if res := p.RunSource(ctx, src); res.Err != nil || res.New != 0 || notModified != 2 {
		t.Errorf("an unchanged pass: %+v, %d answered 304, want 2", res, notModified)
	}

	mu.Lock()
	texts["/a"], etags["/a"] = newstext.Story(2500, 23), `"a2"`
	etags["/b"] = `"b2"` // same text, new ETag
	mu.Unlock()
	if res := p.RunSource(ctx, src); res.Err != nil || res.New != 1 || res.Skipped != 1 {
		t.Errorf("a pass with one changed page: %+v, want 1 new and 1 skipped", res)
	}
	if a, b := validators("/a"), validators("/b"); a.ETag != `"a2"` || b.ETag != `"b2"` {
		t.Errorf("validators after the change: /a %+v, /b %+v", a, b)
	}
}
