package tracker

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/claimtrack/claimtrack/internal/gctune"
	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/parallel"
	"github.com/claimtrack/claimtrack/internal/pgtest"
	"github.com/claimtrack/claimtrack/internal/procstat"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

const (
	benchSources = 1000
	benchPerFeed = 20
	// benchWorkers is the daemon's default fetch.workers: sources wait on
	// the network and on the store's write lock, so it runs more of them at
	// once than there are cores.
	benchWorkers = 4
)

// benchShapes are the pages the benchmarks run on. "news" pages are built
// like a news site's article pages (menus, scripts, teasers and footer
// around the story, many times its size; docs/performance.md compares them
// with the real pages in ../shared/pages); "bare" pages are the story in
// <p> elements and little else, the case where extraction costs least and
// the rest of the pipeline weighs most.
var benchShapes = []struct {
	name  string
	shape newstext.PageShape
}{{"news", newstext.NewsPage}, {"bare", newstext.BarePage}}

// benchArticle is article n of source src on the loopback site. Every
// article is a different story (newstext.Story with its own seed), as on
// real sites, so that the near-copy index works as it does in use.
func benchArticle(src, n int) newstext.Article {
	id := src*benchPerFeed + n
	return newstext.Article{
		Path:      fmt.Sprintf("/s%d/a%d", src, n),
		Title:     fmt.Sprintf("Story %d from source %d", n, src),
		Published: time.Date(2024, 3, 1+n%28, 10, 0, 0, 0, time.UTC),
		Story:     newstext.Story(3000+id%5*400, uint64(id)),
		Seed:      uint64(id),
	}
}

// benchSample is pages like the site's, for extraction alone.
func benchSample(shape newstext.PageShape) [][]byte {
	pages := newstext.NewPages(shape, "Loopback News")
	var sample [][]byte
	for i := 0; i < 200; i++ {
		sample = append(sample, pages.Page(benchArticle(i%benchSources, i%benchPerFeed)))
	}
	return sample
}

// siteHandler serves benchSources feeds of benchPerFeed articles each, from
// pages made beforehand so that serving costs no more than on a real site:
// each article's own bytes, and the furniture its page shares with others.
func siteHandler(shape newstext.PageShape) http.Handler {
	pages := newstext.NewPages(shape, "Loopback News")
	parts := make([][][]byte, benchSources*benchPerFeed)
	parallel.For(len(parts), 2, func(i int) { parts[i] = pages.Parts(benchArticle(i/benchPerFeed, i%benchPerFeed)) })
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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
			if _, err := fmt.Sscanf(r.URL.Path, "/s%d/a%d", &src, &n); err != nil || src < 0 || src >= benchSources || n < 0 || n >= benchPerFeed {
				http.NotFound(w, r)
				return
			}
			// Validators, as news sites send them: the pipeline stores
			// them with each article.
			w.Header().Set("ETag", fmt.Sprintf(`"%d-%d"`, src, n))
			w.Header().Set("Last-Modified", fmt.Sprintf("Mon, %02d Mar 2024 10:00:00 GMT", 1+n%28))
			page := parts[src*benchPerFeed+n]
			size := 0
			for _, p := range page {
				size += len(p)
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Length", strconv.Itoa(size))
			for _, p := range page {
				w.Write(p)
			}
		}
	})
}

// TestLoopbackSiteProcess is not a test: BenchmarkPipeline runs the test
// binary again with CLAIMTRACK_BENCH_SITE set, and this serves the site
// from that second process until its standard input closes. The daemon
// does not serve the pages it reads, so neither the site's work nor its
// memory belongs in the pipeline's articles/s and peak RSS.
func TestLoopbackSiteProcess(t *testing.T) {
	shape := os.Getenv("CLAIMTRACK_BENCH_SITE")
	if shape == "" {
		t.Skip("the loopback site of BenchmarkPipeline; runs only as its helper process")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: siteHandler(benchShape(t, shape))}
	go srv.Serve(ln)
	fmt.Printf("http://%s\n", ln.Addr())
	io.Copy(io.Discard, os.Stdin)
	srv.Close()
}

func benchShape(t testing.TB, name string) newstext.PageShape {
	for _, s := range benchShapes {
		if s.name == name {
			return s.shape
		}
	}
	t.Fatalf("no page shape %q", name)
	return 0
}

// loopbackSite starts a site of pages of the named shape in a process of
// its own and returns its URL and process id.
func loopbackSite(b *testing.B, shape string) (string, int) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoopbackSiteProcess$")
	// The site keeps the collector's defaults whatever the benchmark runs
	// with (GOGC=off and GOMEMLIMIT, say), as a real site would.
	cmd.Env = append(os.Environ(), "CLAIMTRACK_BENCH_SITE="+shape, "GOMAXPROCS=1", "GOGC=100", "GOMEMLIMIT=off")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		stdin.Close()
		cmd.Wait()
	})
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		b.Fatalf("loopback site process: %v", err)
	}
	return strings.TrimSpace(line), cmd.Process.Pid
}

func shippedEngine(b testing.TB) *rules.Engine {
	return shippedEngineWith(b, nil)
}

// shippedEngineWith is the shipped engine with edit applied to each of
// its metrics first (nil: none).
func shippedEngineWith(b testing.TB, edit func(*rules.MetricSpec)) *rules.Engine {
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
	for i := range f.Metrics {
		if edit != nil {
			edit(&f.Metrics[i])
		}
	}
	e, err := rules.Compile(f.Metrics)
	if err != nil {
		b.Fatal(err)
	}
	return e
}

// BenchmarkPipeline runs 1,000 sources of 20 articles each from a loopback
// site through the whole pipeline into SQLite with benchWorkers workers.
// Compare articles/s with BenchmarkExtractionAlone, which parses and
// extracts the same kind of pages without the rest. CPU-µs/article is this
// process's CPU time per article: less noisy than articles/s on a shared
// machine, and without the site's work (site-CPU-µs/article), which
// shares the machine's cores but is not the daemon's. It runs on each
// shape of page in benchShapes.
func BenchmarkPipeline(b *testing.B) {
	for _, s := range benchShapes {
		b.Run("page="+s.name, func(b *testing.B) {
			benchPipeline(b, s.name, func() string { return filepath.Join(b.TempDir(), "bench.db") })
		})
	}
}

// BenchmarkPipelinePostgres is BenchmarkPipeline with the store in
// PostgreSQL (CLAIMTRACK_TEST_POSTGRES), as replicas share it: every
// query is a round trip to the server.
func BenchmarkPipelinePostgres(b *testing.B) {
	for _, s := range benchShapes {
		b.Run("page="+s.name, func(b *testing.B) {
			benchPipeline(b, s.name, func() string { return pgtest.Schema(b) })
		})
	}
}

// benchPipeline runs the pipeline over a site of pages of the named shape,
// into a store at the address newStore gives for each round.
func benchPipeline(b *testing.B, shape string, newStore func() string) {
	defer debug.SetGCPercent(gctune.Apply(os.Getenv))
	site, sitePID := loopbackSite(b, shape)
	eng := shippedEngine(b)
	procstat.ResetPeakRSS()
	var cpu, siteCPU time.Duration
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(context.Background(), newStore(), "")
		if err != nil {
			b.Fatal(err)
		}
		f, _ := scrape.NewFetcher(scrape.FetchConfig{UserAgent: "bench", PerHostRate: 1e9, PerHostParallel: 4, IgnoreRobots: true}, nil)
		p := &SourcePass{Store: st, Fetcher: f, Engine: eng, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), ConflictWindow: 48 * time.Hour, Backoff: health.DefaultBackoff}
		b.StartTimer()
		cpu0, site0 := procstat.CPUTime(os.Getpid()), procstat.CPUTime(sitePID)
		parallel.For(benchSources, benchWorkers, func(s int) {
			src := scrape.Source{Name: fmt.Sprintf("s%d", s), Feed: fmt.Sprintf("%s/s%d/feed.xml", site, s), MaxItems: benchPerFeed, Outlet: fmt.Sprintf("Outlet %d", s%50)}
			if r := p.Run(context.Background(), src); r.Err != nil || r.New != benchPerFeed {
				b.Errorf("source %d: %d new, err %v", s, r.New, r.Err)
			}
		})
		cpu += procstat.CPUTime(os.Getpid()) - cpu0
		siteCPU += procstat.CPUTime(sitePID) - site0
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	n := float64(benchSources * benchPerFeed * b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(cpu.Microseconds())/n, "CPU-µs/article")
	b.ReportMetric(float64(siteCPU.Microseconds())/n, "site-CPU-µs/article")
	b.ReportMetric(procstat.PeakRSS(), "peak-RSS-MB")
}

// BenchmarkExtractionAlone parses and extracts pages like the pipeline's,
// with one worker per core, for comparison. The two benchmarks run the
// collector as the daemon does (gctune), and the sample pages here are
// kept outside the Go heap (offHeap), because the collector's share of
// extraction is large enough that what else a process holds on its heap
// moves it: sample pages the pipeline's process does not hold would make
// extraction alone look cheaper than it is (docs/performance.md).
func BenchmarkExtractionAlone(b *testing.B) {
	for _, s := range benchShapes {
		b.Run("page="+s.name, func(b *testing.B) { benchExtraction(b, s.shape) })
	}
}

func benchExtraction(b *testing.B, shape newstext.PageShape) {
	defer debug.SetGCPercent(gctune.Apply(os.Getenv))
	sample := offHeap(b, benchSample(shape))
	runtime.GC()
	var cpu time.Duration
	for b.Loop() {
		cpu0 := procstat.CPUTime(os.Getpid())
		parallel.For(benchSources*benchPerFeed, runtime.GOMAXPROCS(0), func(i int) {
			if _, err := scrape.ExtractHTML(sample[i%len(sample)], "text/html; charset=utf-8", nil, scrape.ExtractOptions{}); err != nil {
				b.Error(err)
			}
		})
		cpu += procstat.CPUTime(os.Getpid()) - cpu0
	}
	n := float64(benchSources * benchPerFeed * b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(cpu.Microseconds())/n, "CPU-µs/article")
}
