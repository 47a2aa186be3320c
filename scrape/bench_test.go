package scrape

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/parallel"
)

// articlePages returns n pages built like a news site's article pages,
// each with its own story.
func articlePages(n int) [][]byte {
	pages := newstext.NewPages(newstext.NewsPage, "Loopback News")
	out := make([][]byte, n)
	for i := range out {
		out[i] = pages.Page(newstext.Article{Path: fmt.Sprintf("/story/%d", i), Title: fmt.Sprintf("Story %d", i),
			Published: time.Date(2024, 3, 1+i%28, 10, 0, 0, 0, time.UTC), Story: newstext.Story(4000+i%7*500, uint64(i)), Seed: uint64(i)})
	}
	return out
}

const benchArticles = 1000

// BenchmarkFetchAndExtract fetches 1,000 articles from a loopback server
// with two workers and extracts them; BenchmarkExtractOnly does the
// extraction alone on the same pages. The difference is the scraper's own
// cost: HTTP, limits and bookkeeping.
func BenchmarkFetchAndExtract(b *testing.B) {
	pages := articlePages(benchArticles)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(r.URL.Path, "/story/%d", &i)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(pages[i%benchArticles])
	}))
	defer srv.Close()
	f, err := NewFetcher(FetchConfig{UserAgent: "bench", PerHostRate: 1e9, PerHostParallel: 2, IgnoreRobots: true}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		parallel.For(benchArticles, 2, func(i int) {
			if _, _, err := f.Article(context.Background(), Link{URL: fmt.Sprintf("%s/story/%d", srv.URL, i)}, Source{}, Validators{}); err != nil {
				b.Error(err)
			}
		})
	}
	b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkExtractOnly(b *testing.B) {
	pages := articlePages(benchArticles)
	b.ReportAllocs()
	for b.Loop() {
		parallel.For(benchArticles, 2, func(i int) {
			if _, err := ExtractHTML(pages[i], "text/html; charset=utf-8", nil, ExtractOptions{}); err != nil {
				b.Error(err)
			}
		})
	}
	b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// newsFeed is an RSS feed of n items written as news sites write them:
// a summary with a photo in its HTML, the full story in content:encoded,
// an author, categories and, if media, a media:content image.
func newsFeed(n int, media bool) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Loopback News: World</title><link>https://news.example/world</link><description>World news</description><language>en-gb</language>`)
	for i := range n {
		story := newstext.Story(3500, uint64(i))
		fmt.Fprintf(&b, `<item><title>Story %[1]d of the day</title><link>https://news.example/world/2024/03/12/story-%[1]d</link><guid isPermaLink="true">https://news.example/world/2024/03/12/story-%[1]d</guid>`, i)
		fmt.Fprintf(&b, `<description><![CDATA[<p><img src="https://cdn.example/images/%d/320.jpg" alt=""></p><p>%s</p>]]></description>`, i, story[:200])
		fmt.Fprintf(&b, `<content:encoded><![CDATA[<p>%s</p>]]></content:encoded>`, strings.ReplaceAll(story, "\n\n", "</p><p>"))
		fmt.Fprintf(&b, `<dc:creator>Amira Haddad</dc:creator><category>World</category><category>Middle East</category><pubDate>Tue, %02d Mar 2024 09:%02d:00 GMT</pubDate>`, 1+i%28, i%60)
		if media {
			fmt.Fprintf(&b, `<media:content url="https://cdn.example/images/%d/960.jpg" medium="image" width="960" height="540"/>`, i)
		}
		b.WriteString(`</item>`)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// BenchmarkParseFeed reads a feed of 30 full-text items, with and without
// an image named for each.
func BenchmarkParseFeed(b *testing.B) {
	for _, media := range []bool{true, false} {
		b.Run(fmt.Sprintf("media=%v", media), func(b *testing.B) {
			feed := newsFeed(30, media)
			u, _ := url.Parse("https://news.example/world/rss")
			b.SetBytes(int64(len(feed)))
			b.ReportAllocs()
			for b.Loop() {
				if links, err := ParseFeed(feed, u); err != nil || len(links) != 30 {
					b.Fatalf("%d links, %v", len(links), err)
				}
			}
		})
	}
}

// BenchmarkCleanText folds white space and drops furniture lines from a
// story of about 4,000 characters, with the built-in patterns.
func BenchmarkCleanText(b *testing.B) {
	text := newstext.Story(4000, 7)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		CleanText(text, DefaultBoilerplate)
	}
}
