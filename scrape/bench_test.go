package scrape

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/parallel"
)

// articlePage wraps generated news text in the furniture of a real page:
// navigation, related links, a footer.
func articlePage(i int) []byte {
	body := newstext.Generate(4000 + i%7*500)
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html><head><title>Story %d | Loopback News</title><link rel="canonical" href="/story/%d"></head><body>`, i, i)
	b.WriteString(`<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a></nav></header><main><article>`)
	fmt.Fprintf(&b, "<h1>Story %d</h1>", i)
	for _, para := range strings.Split(body, "\n\n") {
		fmt.Fprintf(&b, "<p>%s</p>", para)
	}
	b.WriteString(`</article><aside><h3>Related</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside></main><footer>© Loopback News</footer></body></html>`)
	return []byte(b.String())
}

const benchArticles = 1000

// BenchmarkFetchAndExtract fetches 1,000 articles from a loopback server
// with two workers and extracts them; BenchmarkExtractOnly does the
// extraction alone on the same pages. The difference is the scraper's own
// cost: HTTP, limits and bookkeeping.
func BenchmarkFetchAndExtract(b *testing.B) {
	pages := make([][]byte, benchArticles)
	for i := range pages {
		pages[i] = articlePage(i)
	}
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
	pages := make([][]byte, benchArticles)
	for i := range pages {
		pages[i] = articlePage(i)
	}
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
