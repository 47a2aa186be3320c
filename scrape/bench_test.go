package scrape

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
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
