package tracker

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

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
	// An unchanged feed says so (Unmodified): "0 articles listed" alone
	// reads as a feed that lists nothing.
	if res := p.Run(ctx, src); res.Err != nil || res.New != 0 || !res.Unmodified || notModified["/feed.xml"] != 1 || requests["/a"] != 0 {
		t.Errorf("an unchanged feed: %+v, requests %v, 304s %v", res, requests, notModified)
	}
	change(func() { etags["/feed.xml"] = `"f2"` }) // the feed changed elsewhere
	if res := p.Run(ctx, src); res.Err != nil || res.New != 0 || res.Unmodified || notModified["/a"] != 1 || notModified["/b"] != 1 {
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
