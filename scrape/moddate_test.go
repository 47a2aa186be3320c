package scrape

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// TestModifiedAt: a page updated in place says when in its meta tags or
// JSON-LD; a time not after its publication, or far ahead, is no revision.
func TestModifiedAt(t *testing.T) {
	now := time.Date(2024, 9, 1, 18, 0, 0, 0, time.UTC)
	published := time.Date(2024, 9, 1, 6, 0, 0, 0, time.UTC)
	cases := []struct{ name, head, want string }{
		{"article:modified_time", `<meta property="article:modified_time" content="2024-09-01T15:40:00Z">`, "2024-09-01T15:40:00Z"},
		{"og:updated_time", `<meta property="og:updated_time" content="2024-09-01T11:05:00-04:00">`, "2024-09-01T15:05:00Z"},
		{"JSON-LD dateModified before meta", `<meta property="article:modified_time" content="2024-09-01T09:00:00Z"><script type="application/ld+json">{"@type":"LiveBlogPosting","datePublished":"2024-09-01T06:00:00Z","dateModified":"2024-09-01T16:20:00Z"}</script>`, "2024-09-01T16:20:00Z"},
		{"same as publication: no revision", `<meta property="article:modified_time" content="2024-09-01T06:00:00Z">`, ""},
		{"before publication: no revision", `<meta property="og:updated_time" content="2024-08-31T22:00:00Z">`, ""},
		{"days ahead: no revision", `<meta property="article:modified_time" content="2024-09-04T10:00:00Z">`, ""},
		{"none", `<meta property="article:published_time" content="2024-09-01T06:00:00Z">`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + c.head + "</head><body><p>x</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := modifiedAt(doc, published, now)
			if c.want == "" {
				if !got.IsZero() {
					t.Errorf("got %v, want none", got)
				}
				return
			}
			if want, _ := time.Parse(time.RFC3339, c.want); !got.Equal(want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// TestArticleModifiedFromPageAndFeed: an article fetched says when it was
// revised, from its page's og:updated_time or, when the page does not
// say, from its Atom entry's <updated>.
func TestArticleModifiedFromPageAndFeed(t *testing.T) {
	pub := time.Now().Add(-6 * time.Hour).UTC().Truncate(time.Second)
	rev := pub.Add(4 * time.Hour)
	page := func(head string) string {
		return fmt.Sprintf(`<html><head><title>Storm live</title><meta property="article:published_time" content="%s">%s</head><body><article><p>The storm has left 41 people dead, officials said on Sunday, as crews reached the coast.</p></article></body></html>`, pub.Format(time.RFC3339), head)
	}
	srv := site(t, map[string]http.HandlerFunc{
		"/live":  text(page(fmt.Sprintf(`<meta property="og:updated_time" content="%s">`, rev.Format(time.RFC3339))), "text/html"),
		"/brief": text(page(""), "text/html"),
	})
	f := newTestFetcher(t, FetchConfig{})
	a, _, err := f.Article(context.Background(), Link{URL: srv.URL + "/live"}, Source{}, Validators{})
	if err != nil || !a.Modified.Equal(rev) || !a.Published.Equal(pub) {
		t.Fatalf("page's og:updated_time: published %v modified %v, want %v and %v (%v)", a.Published, a.Modified, pub, rev, err)
	}
	feed := fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Storm brief</title><link href="%s/brief"/><id>b</id><published>%s</published><updated>%s</updated></entry></feed>`,
		srv.URL, pub.Format(time.RFC3339), rev.Format(time.RFC3339))
	fu, _ := url.Parse(srv.URL + "/feed.atom")
	links, err := ParseFeed([]byte(feed), fu)
	if err != nil || len(links) != 1 {
		t.Fatalf("feed: %v %v", links, err)
	}
	a, _, err = f.Article(context.Background(), links[0], Source{}, Validators{})
	if err != nil || !a.Modified.Equal(rev) {
		t.Fatalf("Atom <updated>: modified %v, want %v (%v)", a.Modified, rev, err)
	}
}
