package scrape

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

func TestPublishedAt(t *testing.T) {
	now := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name, url, head, body string
		want                  string // RFC 3339, or "" for none
	}{
		{"article:published_time wins over modified", "https://news.example/a",
			`<meta property="article:modified_time" content="2024-03-26T08:00:00Z"><meta property="article:published_time" content="2024-03-25T14:30:00+02:00">`, ``,
			"2024-03-25T14:30:00+02:00"},
		{"JSON-LD in a graph", "https://news.example/a",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","headline":"Aid convoy reaches the north","dateModified":"2024-04-02T09:00:00Z","datePublished":"2024-04-01T18:05:00Z"}]}</script>`, ``,
			"2024-04-01T18:05:00Z"},
		{"JSON-LD list, dateCreated as a last resort", "https://news.example/a",
			`<script type="application/ld+json">[{"@type":"Article","dateCreated":"2024-02-10"}]</script>`, ``,
			"2024-02-10T00:00:00Z"},
		{"broken JSON-LD falls back to meta", "https://news.example/a",
			`<script type="application/ld+json">{"@type": "NewsArticle", </script><meta name="parsely-pub-date" content="2024-05-05T07:00:00Z">`, ``,
			"2024-05-05T07:00:00Z"},
		{"meta ranks: publication date before a generic date", "https://news.example/a",
			`<meta name="date" content="2024-01-01"><meta name="sailthru.date" content="2024-03-03 10:15:00">`, ``,
			"2024-03-03T10:15:00Z"},
		{"itemprop on a span", "https://news.example/a", ``,
			`<article><p>By a staff writer, <span itemprop="datePublished" content="2024-03-18T06:00:00-04:00">March 18</span></p></article>`,
			"2024-03-18T06:00:00-04:00"},
		{"time in the article, not the sidebar", "https://news.example/a", ``,
			`<aside><time datetime="2023-12-01">old story</time></aside><article><header><h1>Toll rises</h1><time datetime="2024-03-20T11:00:00Z">March 20</time></header></article>`,
			"2024-03-20T11:00:00Z"},
		{"a written byline date", "https://news.example/a", ``,
			`<article><time pubdate>March 21, 2024</time></article>`,
			"2024-03-21T00:00:00Z"},
		{"date in the URL path", "https://news.example/world/2024/03/22/talks-resume", ``, `<p>Talks resumed.</p>`,
			"2024-03-22T00:00:00Z"},
		{"compact date in the URL path", "https://news.example/20240323/ceasefire", ``, `<p>x</p>`,
			"2024-03-23T00:00:00Z"},
		{"an impossible date in the URL is no date", "https://news.example/2024/02/31/x", ``, `<p>x</p>`, ""},
		{"a date in the future is no date", "https://news.example/a",
			`<meta property="article:published_time" content="2031-01-01T00:00:00Z">`, ``, ""},
		{"epoch milliseconds", "https://news.example/a",
			`<meta name="publishdate" content="1711375200000">`, ``, "2024-03-25T14:00:00Z"},
		{"nothing said", "https://news.example/a", `<title>x</title>`, `<p>No date here, just 2024 in a sentence.</p>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + c.head + "</head><body>" + c.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			u, _ := url.Parse(c.url)
			got := publishedAt(doc, u, now)
			if c.want == "" {
				if !got.IsZero() {
					t.Errorf("got %v, want no date", got)
				}
				return
			}
			want, _ := time.Parse(time.RFC3339, c.want)
			if !got.Equal(want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}
