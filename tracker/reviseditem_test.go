package tracker

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// TestPassRereadsARevisedRSSItem: an RSS 2.0 feed with no update stamps.
// The outlet revises one story in place: the item keeps its guid, link
// and pubDate, its summary changes, and so does its page. The next pass
// reads that page again at once, conditionally (If-None-Match), and not
// the others; a stamp set by dc:modified alone does the same, and an
// image's address changed in a summary does not. Fails on main: the
// revised story waited for its first re-check, an hour after publication.
func TestPassRereadsARevisedRSSItem(t *testing.T) {
	published := time.Date(2024, 3, 12, 9, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	paths := []string{"/a", "/b", "/c"}
	version := map[string]int{"/a": 1, "/b": 1, "/c": 1} // the page's text, and its summary
	image := 1                                           // the summaries' picture's cache-buster
	modified := map[string]string{}                      // a dc:modified, when the feed gives one
	requests, conditional := map[string]int{}, map[string]int{}
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>`)
			for _, p := range paths {
				fmt.Fprintf(w, `<item><title>Story %s</title><link>%s%s</link><guid isPermaLink="false">wire%s</guid><pubDate>%s</pubDate>`+
					`<description>&lt;img src="/pic.jpg?v=%d"&gt;Version %d of story %s.</description>%s</item>`,
					p, site, p, p, published.Format(time.RFC1123Z), image, version[p], p, modified[p])
			}
			io.WriteString(w, "</channel></rss>")
			return
		}
		requests[r.URL.Path]++
		etag := fmt.Sprintf(`"%s-%d"`, r.URL.Path, version[r.URL.Path])
		if r.Header.Get("If-None-Match") != "" {
			conditional[r.URL.Path]++
		}
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		writeStory(w, "Story", newstext.Story(2500, uint64(100*version[r.URL.Path]+int(r.URL.Path[1]))))
	})
	ctx := context.Background()
	_, p := testPass(t)
	now := published.Add(5 * time.Minute)
	p.Now = func() time.Time { return now }
	src := scrape.Source{Name: "wire", Feed: srv.URL + "/feed.xml", Outlet: "Wire"}
	pass := func(minutes int, change func(), want map[string]int, corrected int) {
		t.Helper()
		now = now.Add(time.Duration(minutes) * time.Minute)
		mu.Lock()
		change()
		clear(requests)
		clear(conditional)
		mu.Unlock()
		res := p.Run(ctx, src)
		if res.Err != nil {
			t.Fatalf("pass at %s: %v", now.Sub(published), res.Err)
		}
		mu.Lock()
		defer mu.Unlock()
		for _, path := range paths {
			if requests[path] != want[path] {
				t.Errorf("pass at %s: %s fetched %d times, want %d", now.Sub(published), path, requests[path], want[path])
			}
		}
		if res.Corrected != corrected {
			t.Errorf("pass at %s: %d read again with another text, want %d", now.Sub(published), res.Corrected, corrected)
		}
	}
	nothing := func() {}
	pass(0, nothing, map[string]int{"/a": 1, "/b": 1, "/c": 1}, 0) // new: all read
	pass(5, nothing, map[string]int{}, 0)                          // stored, nothing due
	pass(5, func() { version["/b"] = 2 }, map[string]int{"/b": 1}, 1)
	if conditional["/b"] != 1 {
		t.Error("the revised item's page was not fetched conditionally")
	}
	pass(5, nothing, map[string]int{}, 0) // what the feed said is kept: once
	pass(5, func() { modified["/c"] = "<dc:modified>" + now.Format(time.RFC3339) + "</dc:modified>" }, map[string]int{"/c": 1}, 0)
	pass(5, func() { image = 2 }, map[string]int{}, 0) // markup alone changed: nothing
}

// TestRevisedItemsChurn: a feed whose items all change at every read is
// the feed's churn, not revisions: past churnFloor, when more than half
// of the items known changed at once, none is read for it.
func TestRevisedItemsChurn(t *testing.T) {
	_, p := testPass(t)
	src := scrape.Source{Name: "wire"}
	links := func(n int, listed string) []scrape.Link {
		var out []scrape.Link
		for i := range n {
			out = append(out, scrape.Link{URL: fmt.Sprintf("https://wire.example/%d", i), Listed: listed + fmt.Sprint(i)})
		}
		return out
	}
	// pages is what the store holds of n items fetched when the feed
	// listed them as "old".
	pages := func(n int) map[string]store.PageState {
		out := map[string]store.PageState{}
		for _, l := range links(n, "old") {
			out[l.URL] = store.PageState{Listed: l.Listed}
		}
		return out
	}
	if got := p.revisedItems(src, links(10, "new"), pages(10)); len(got) != 0 {
		t.Errorf("all ten items changed: %d read again, want none", len(got))
	}
	few := links(10, "old")
	for i := range 3 {
		few[i].Listed = "new" + fmt.Sprint(i)
	}
	if got := p.revisedItems(src, few, pages(10)); len(got) != 3 {
		t.Errorf("three of ten items changed: %d read again, want 3", len(got))
	}
	if got := p.revisedItems(src, links(3, "new"), pages(3)); len(got) != 3 {
		t.Errorf("a small feed's three items revised: %d read again, want 3", len(got))
	}
}
