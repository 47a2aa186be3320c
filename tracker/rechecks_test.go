package tracker

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/scrape"
)

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
	srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
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
				site, name, published.Format(time.RFC3339))
			writeStoryWithHead(w, head, "Story", newstext.Story(2500, uint64(len(name))))
		default:
			http.NotFound(w, r)
		}
	})
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
