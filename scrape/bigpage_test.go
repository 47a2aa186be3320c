package scrape

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/gctune"
	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/internal/procstat"
)

// bigPage is a news page whose story is about size bytes of paragraphs:
// the page an audit found taking gigabytes, built from internal/newstext
// rather than kept as a blob.
func bigPage(size int, seed uint64) []byte {
	pages := newstext.NewPages(newstext.NewsPage, "Loopback News")
	return pages.Page(newstext.Article{Path: fmt.Sprintf("/world/long-%d", seed), Title: "A long story",
		Published: time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC), Story: newstext.Story(size, seed), Seed: seed})
}

// BenchmarkExtractBigPage extracts pages of 0.125 to 4.9 MB. Past
// MaxExtractedText (a story of 256 kB) CPU time and B/op stay flat as pages
// grow; below it they grow with go-trafilatura's joining of paragraph
// text, faster than the page (docs/performance-extraction.md).
func BenchmarkExtractBigPage(b *testing.B) {
	defer debug.SetGCPercent(gctune.Apply(os.Getenv))
	for _, mb := range []float64{0.125, 0.25, 0.5, 1, 2, 4.9} {
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			benchExtract(b, bigPage(int(mb*(1<<20))-32<<10, 1))
		})
	}
}

// benchExtract extracts page b.N times and reports its bytes, allocations
// and CPU time.
func benchExtract(b *testing.B, page []byte) {
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	cpu := procstat.CPUTime(os.Getpid())
	for b.Loop() {
		if _, err := ExtractHTML(page, "text/html; charset=utf-8", nil, ExtractOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, user and system, as well as wall time: on a shared
	// machine the wall clock measures the neighbours too.
	b.ReportMetric((procstat.CPUTime(os.Getpid())-cpu).Seconds()*1000/float64(b.N), "cpu-ms/op")
}

// layouts are ways other than one <p> a paragraph in which a page can hold
// a long text: each puts a story's paragraphs into a page.
var layouts = map[string]func(paragraphs []string) string{
	"div-a-paragraph": func(ps []string) string { return "<div>" + strings.Join(ps, "</div><div>") + "</div>" },
	"br-in-one-div":   func(ps []string) string { return "<div>" + strings.Join(ps, "<br><br>") + "</div>" },
	"one-p":           func(ps []string) string { return "<p>" + strings.Join(ps, " ") + "</p>" },
}

// laidOutPage is a page whose story, of about size bytes, is laid out as
// layout names.
func laidOutPage(layout string, size int, seed uint64) []byte {
	paragraphs := strings.Split(newstext.Story(size, seed), "\n\n")
	return []byte("<!DOCTYPE html><html><head><title>A long story</title></head><body><article><h1>A long story</h1>" +
		layouts[layout](paragraphs) + "</article></body></html>")
}

// BenchmarkExtractBigPageLaidOut extracts 4.9 MB pages that hold their
// text otherwise than in paragraphs: the bound on what extraction is given
// must hold for them too.
func BenchmarkExtractBigPageLaidOut(b *testing.B) {
	defer debug.SetGCPercent(gctune.Apply(os.Getenv))
	for _, layout := range []string{"div-a-paragraph", "br-in-one-div", "one-p"} {
		b.Run(layout, func(b *testing.B) { benchExtract(b, laidOutPage(layout, 4900<<10, 1)) })
	}
}

// maxPeakRSS is the audit's target, in MB: the daemon's peak with four
// 5 MB pages at once.
const maxPeakRSS = 400

// BenchmarkFourBigPagesAtOnce is four sources finishing the fetch of a
// 4.9 MB page at the same moment, as the daemon's four workers would:
// it reports the process's peak resident memory (VmHWM) during the
// fetches and extractions, with the extraction budget and without it, and
// fails when the peak with the default budget passes maxPeakRSS.
func BenchmarkFourBigPagesAtOnce(b *testing.B) {
	defer debug.SetGCPercent(gctune.Apply(os.Getenv))
	pages := make([][]byte, 4)
	for i := range pages {
		pages[i] = bigPage(4900<<10-32<<10, uint64(i+1))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(r.URL.Path, "/world/long-%d", &i)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(pages[(i-1)%len(pages)])
	}))
	defer srv.Close()
	for _, c := range []struct {
		name   string
		budget int64
	}{{"budget=8MB", 0}, {"budget=none", 1 << 40}} {
		b.Run(c.name, func(b *testing.B) {
			f, err := NewFetcher(FetchConfig{UserAgent: "bench", PerHostRate: 1e9, PerHostParallel: 4, IgnoreRobots: true, ExtractBudget: c.budget}, nil)
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			debug.FreeOSMemory()
			procstat.ResetPeakRSS()
			for b.Loop() {
				var wg sync.WaitGroup
				for i := range pages {
					wg.Go(func() {
						l := Link{URL: fmt.Sprintf("%s/world/long-%d", srv.URL, i+1)}
						if _, _, err := f.Article(context.Background(), l, Source{}, Validators{}); err != nil {
							b.Error(err)
						}
					})
				}
				wg.Wait()
			}
			peak := procstat.PeakRSS()
			b.ReportMetric(peak, "peak-RSS-MB")
			if c.budget == 0 && peak > maxPeakRSS {
				b.Errorf("peak RSS %.0f MB with four 4.9 MB pages at once, want under %d MB", peak, maxPeakRSS)
			}
		})
	}
}

// A text longer than any news story is cut at a paragraph break.
func TestLongTextIsCut(t *testing.T) {
	a := &Article{}
	a.setText(newstext.Story(2<<20, 3), ExtractOptions{})
	if len(a.Text) > MaxTextBytes || len(a.Text) < MaxTextBytes-8<<10 {
		t.Errorf("text of %d bytes, want just under %d", len(a.Text), MaxTextBytes)
	}
	if !strings.HasSuffix(a.Text, ".") || a.TextHash != HashText(a.Text) {
		t.Errorf("text cut mid-sentence or hashed before the cut: ...%q", a.Text[len(a.Text)-40:])
	}
	if a.Cut < 1<<20-8<<10 {
		t.Errorf("%d bytes reported cut from a text of 2 MB cut to %d", a.Cut, len(a.Text))
	}
}

// A page of more text than extraction is given is read from its start to
// the paragraph in which it passes MaxExtractedText, and the article says
// how much of the page it left out.
func TestBigPageIsReadToTheBound(t *testing.T) {
	story := newstext.Story(2<<20, 3)
	a, err := ExtractHTML(bigPage(2<<20, 3), "text/html", nil, ExtractOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Text) < MaxExtractedText-16<<10 || len(a.Text) > MaxExtractedText+16<<10 {
		t.Errorf("text of %d bytes, want about %d", len(a.Text), MaxExtractedText)
	}
	first, _, _ := strings.Cut(story, "\n")
	if !strings.Contains(a.Text, first) || !strings.HasSuffix(a.Text, ".") || a.TextHash != HashText(a.Text) {
		t.Errorf("text without the story's start, cut mid-sentence or hashed before the cut: %q...%q", a.Text[:80], a.Text[len(a.Text)-40:])
	}
	if a.Cut+len(a.Text) < len(story)*95/100 {
		t.Errorf("%d bytes read and %d reported cut, from a story of %d", len(a.Text), a.Cut, len(story))
	}
}
