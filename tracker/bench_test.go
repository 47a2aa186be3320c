package tracker

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/parallel"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"gopkg.in/yaml.v3"
)

const (
	benchSources = 1000
	benchPerFeed = 20
)

// loopbackSite serves benchSources feeds of benchPerFeed articles each.
// Every article is a different story (newstext.Story with its own seed), as
// on real sites, so that the near-copy index works as it does in use.
func loopbackSite(b *testing.B) (*httptest.Server, [][]byte) {
	page := func(src, n int) []byte {
		id := src*benchPerFeed + n
		var sb strings.Builder
		fmt.Fprintf(&sb, `<!doctype html><html><head><title>Story %d-%d</title><meta property="article:published_time" content="2024-03-%02dT10:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Story %d from source %d</h1>`, src, n, 1+n%28, n, src)
		for _, para := range strings.Split(newstext.Story(3000+id%5*400, uint64(id)), "\n\n") {
			fmt.Fprintf(&sb, "<p>%s</p>\n", para)
		}
		sb.WriteString("</article><footer>© Loopback</footer></body></html>")
		return []byte(sb.String())
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var src, n int
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case strings.HasSuffix(r.URL.Path, "/feed.xml"):
			fmt.Sscanf(r.URL.Path, "/s%d/feed.xml", &src)
			w.Header().Set("Content-Type", "application/rss+xml")
			var sb strings.Builder
			sb.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>s</title>`)
			for i := 0; i < benchPerFeed; i++ {
				fmt.Fprintf(&sb, "<item><title>Story %d</title><link>/s%d/a%d</link><pubDate>Mon, %02d Mar 2024 10:00:00 GMT</pubDate></item>", i, src, i, 1+i%28)
			}
			sb.WriteString("</channel></rss>")
			io.WriteString(w, sb.String())
		default:
			fmt.Sscanf(r.URL.Path, "/s%d/a%d", &src, &n)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page(src, n))
		}
	}))
	var sample [][]byte
	for i := 0; i < 200; i++ {
		sample = append(sample, page(i%benchSources, i%benchPerFeed))
	}
	return srv, sample
}

func shippedEngine(b testing.TB) *rules.Engine {
	data, err := os.ReadFile("../metrics/israel-gaza.yaml")
	if err != nil {
		b.Fatal(err)
	}
	var f struct {
		Metrics []rules.MetricSpec `yaml:"metrics"`
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		b.Fatal(err)
	}
	e, err := rules.Compile(f.Metrics)
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// peakRSS reads the process's high-water resident set size (Linux).
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// BenchmarkPipeline runs 1,000 sources of 20 articles each from a loopback
// site through the whole pipeline into SQLite with two workers. Compare
// articles/s with BenchmarkExtractionAlone, which parses and extracts the
// same kind of pages without the rest.
func BenchmarkPipeline(b *testing.B) {
	srv, _ := loopbackSite(b)
	defer srv.Close()
	eng := shippedEngine(b)
	for b.Loop() {
		b.StopTimer()
		store, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), "")
		if err != nil {
			b.Fatal(err)
		}
		f, _ := scrape.NewFetcher(scrape.FetchConfig{UserAgent: "bench", PerHostRate: 1e9, PerHostParallel: 4, IgnoreRobots: true}, nil)
		f.Cache = store
		p := &Pipeline{Store: store, Fetcher: f, Engine: eng, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), ConflictWindow: 48 * time.Hour, Backoff: scrape.DefaultBackoff}
		b.StartTimer()
		parallel.For(benchSources, 2, func(s int) {
			src := Source{Source: scrape.Source{Name: fmt.Sprintf("s%d", s), Feed: fmt.Sprintf("%s/s%d/feed.xml", srv.URL, s), MaxItems: benchPerFeed}, Outlet: fmt.Sprintf("Outlet %d", s%50)}
			if r := p.RunSource(context.Background(), src); r.Err != nil || r.New != benchPerFeed {
				b.Errorf("source %d: %d new, err %v", s, r.New, r.Err)
			}
		})
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(benchSources*benchPerFeed*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(peakRSS(), "peak-RSS-MB")
}

// BenchmarkExtractionAlone parses and extracts pages like the pipeline's,
// with two workers, for comparison.
func BenchmarkExtractionAlone(b *testing.B) {
	srv, sample := loopbackSite(b)
	srv.Close()
	for b.Loop() {
		parallel.For(benchSources*benchPerFeed, 2, func(i int) {
			if _, err := scrape.ExtractHTML(sample[i%len(sample)], "text/html; charset=utf-8", nil, scrape.ExtractOptions{}); err != nil {
				b.Error(err)
			}
		})
	}
	b.ReportMetric(float64(benchSources*benchPerFeed*b.N)/b.Elapsed().Seconds(), "articles/s")
}
