package tracker

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/gctune"
	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/parallel"
	"github.com/claimtrack/claimtrack/internal/procstat"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
	"github.com/claimtrack/claimtrack/tracker/health"
)

// BenchmarkPipelineFourBigPages is the audit's case: four sources, read by
// four workers at once, each with a feed of one 4.9 MB page of paragraphs,
// through fetching, extraction, the shipped rules and a SQLite store. It
// reports the process's peak resident memory, which includes the loopback
// site's 20 MB of pages, and fails when it passes the audit's target of
// 400 MB.
func BenchmarkPipelineFourBigPages(b *testing.B) {
	defer debug.SetGCPercent(gctune.Apply(os.Getenv))
	const sources = 4
	pages := newstext.NewPages(newstext.NewsPage, "Loopback News")
	bodies := make([][]byte, sources)
	for i := range bodies {
		bodies[i] = pages.Page(newstext.Article{Path: fmt.Sprintf("/s%d/long", i), Title: "A long story",
			Published: time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC), Story: newstext.Story(4900<<10-32<<10, uint64(i+1)), Seed: uint64(i + 1)})
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(r.URL.Path, "/s%d/feed.xml", &i); err == nil {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Long</title><link>/s%d/long</link></item></channel></rss>`, i)
			return
		}
		fmt.Sscanf(r.URL.Path, "/s%d/long", &i)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(bodies[i%sources])
	}))
	defer srv.Close()
	eng := shippedEngine(b)
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "big.db"), "")
		if err != nil {
			b.Fatal(err)
		}
		f, _ := scrape.NewFetcher(scrape.FetchConfig{UserAgent: "bench", PerHostRate: 1e9, PerHostParallel: sources, IgnoreRobots: true}, nil)
		p := &SourcePass{Store: st, Fetcher: f, Engine: eng, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), ConflictWindow: 48 * time.Hour, Backoff: health.DefaultBackoff}
		runtime.GC()
		debug.FreeOSMemory()
		procstat.ResetPeakRSS()
		b.StartTimer()
		cpu0 := procstat.CPUTime(os.Getpid())
		parallel.For(sources, sources, func(s int) {
			src := scrape.Source{Name: fmt.Sprintf("s%d", s), Feed: fmt.Sprintf("%s/s%d/feed.xml", srv.URL, s)}
			if r := p.Run(context.Background(), src); r.Err != nil || r.New != 1 {
				b.Errorf("source %d: %d new, err %v", s, r.New, r.Err)
			}
		})
		cpu += procstat.CPUTime(os.Getpid()) - cpu0
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	peak := procstat.PeakRSS()
	b.ReportMetric(peak, "peak-RSS-MB")
	if peak > 400 {
		b.Errorf("peak RSS %.0f MB with four 4.9 MB pages at once, want under 400 MB (the audit's target)", peak)
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "CPU-s/op")
}
