package scrape

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"golang.org/x/net/html"

	"github.com/claimtrack/claimtrack/internal/procstat"
)

// sharedPages is ../shared/pages/mozilla-readability, or under
// $CLAIMTRACK_SHARED for a checkout elsewhere (a git worktree).
func sharedPages(t testing.TB) string {
	root := os.Getenv("CLAIMTRACK_SHARED")
	if root == "" {
		root = filepath.Join("..", "..", "shared")
	}
	dir := filepath.Join(root, "pages", "mozilla-readability")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/pages is absent")
	}
	return dir
}

// tokens splits text into lower-case words for token F1.
func tokens(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		m[w]++
	}
	return m
}

func tokenPRF(got, want string) (p, r, f float64) {
	g, w := tokens(got), tokens(want)
	var common, ng, nw int
	for k, c := range g {
		ng += c
		common += min(c, w[k])
	}
	for _, c := range w {
		nw += c
	}
	if ng == 0 || nw == 0 {
		if ng == nw {
			return 1, 1, 1
		}
		return 0, 0, 0
	}
	p, r = float64(common)/float64(ng), float64(common)/float64(nw)
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// pageScore is one real page's token scores.
type pageScore struct {
	name    string
	p, r, f float64
}

// oddPage reports whether a page (NNN.html) is in the odd half, the pages
// that extraction may be looked at and tuned on, or the even half, held out
// to measure it: a change to extraction is judged on pages nobody tuned it
// on, as users' pages are.
func oddPage(name string) bool {
	n := 0
	for _, c := range strings.TrimSuffix(name, ".html") {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n%2 == 1
}

// meanScore is the mean precision, recall and F1 of scores.
func meanScore(scores []pageScore) (p, r, f float64) {
	for _, s := range scores {
		p, r, f = p+s.p, r+s.r, f+s.f
	}
	n := float64(len(scores))
	return p / n, r / n, f / n
}

// TestExtractionOnRealPages scores extraction against the main text a
// reader view keeps, on the real pages in ../shared/pages. It gives the
// means over all pages and over each half; a page's own scores are printed
// (with -v, F1 under 0.8) for the odd half only, the even half being the
// holdout that no one diagnoses.
func TestExtractionOnRealPages(t *testing.T) {
	dir := sharedPages(t)
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	var all, odd, even []pageScore
	for _, page := range pages {
		want, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".txt")
		if err != nil {
			continue
		}
		body, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ExtractHTML(body, "text/html", nil, ExtractOptions{})
		text := ""
		if err == nil {
			text = a.Text
			if a.Cut > 0 {
				t.Errorf("%s: %d bytes of text left unread: the bound on what extraction is given cuts a real page", filepath.Base(page), a.Cut)
			}
		}
		s := pageScore{name: filepath.Base(page)}
		s.p, s.r, s.f = tokenPRF(text, string(want))
		all = append(all, s)
		if oddPage(s.name) {
			odd = append(odd, s)
			if testing.Verbose() && s.f < 0.8 {
				t.Logf("%s: P %.2f R %.2f F1 %.2f", s.name, s.p, s.r, s.f)
			}
		} else {
			even = append(even, s)
		}
	}
	if len(all) == 0 {
		t.Skip("no pages with expected text")
	}
	for _, h := range []struct {
		name   string
		scores []pageScore
	}{{"odd (tuning)", odd}, {"even (holdout)", even}} {
		if len(h.scores) > 0 {
			p, r, f := meanScore(h.scores)
			t.Logf("%s: %d pages: mean token precision %.4f, recall %.4f, F1 %.4f", h.name, len(h.scores), p, r, f)
		}
	}
	mp, mr, mf := meanScore(all)
	t.Logf("%d pages: mean token precision %.3f, recall %.3f, F1 %.3f", len(all), mp, mr, mf)
	if mf < 0.95 {
		t.Errorf("mean token F1 %.3f is below 0.95", mf)
	}
}

func BenchmarkExtractPages(b *testing.B) {
	dir := sharedPages(b)
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	var bodies [][]byte
	total := 0
	for _, p := range pages {
		body, _ := os.ReadFile(p)
		bodies = append(bodies, body)
		total += len(body)
	}
	b.SetBytes(int64(total / len(bodies)))
	b.ReportAllocs()
	i := 0
	cpu := procstat.CPUTime(os.Getpid())
	for b.Loop() {
		ExtractHTML(bodies[i%len(bodies)], "text/html", nil, ExtractOptions{})
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric((procstat.CPUTime(os.Getpid())-cpu).Seconds()*1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkRewritePages times, on the same real pages, only the rewrites
// of the body that extraction's own reading is given (rewriteForExtraction):
// the pages are parsed a round of all of them at a time, outside the timer,
// and the CPU time of the thread that rewrites them is counted over the
// rewrites alone (on Linux; a machine shared with other work slows the
// wall clock, this much less).
func BenchmarkRewritePages(b *testing.B) {
	dir := sharedPages(b)
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	var bodies [][]byte
	for _, p := range pages {
		body, _ := os.ReadFile(p)
		bodies = append(bodies, body)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	trees := make([]*html.Node, len(bodies))
	var cpu time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if i%len(bodies) == 0 {
			b.StopTimer()
			for j, body := range bodies {
				root, err := ParseHTML(body, "text/html")
				if err != nil {
					b.Fatal(err)
				}
				stripUnread(root)
				dropComments(root)
				trees[j] = findBody(root)
			}
			runtime.GC()
			b.StartTimer()
		}
		start := threadCPU()
		rewriteForExtraction(trees[i%len(bodies)])
		cpu += threadCPU() - start
		i++
	}
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "thread-cpu-µs/op")
	}
}

// threadCPU is the CPU time, user and system, that the calling thread has
// used: Linux's RUSAGE_THREAD; 0 where there is none.
func threadCPU() time.Duration {
	const rusageThread = 1
	var ru syscall.Rusage
	if runtime.GOOS != "linux" || syscall.Getrusage(rusageThread, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
