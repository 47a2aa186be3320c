package tracker

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/newstext"
	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// orderSite is one outlet's site: a feed at /feed.xml listing its pages
// in the order given, each page dated (article:published_time) or not.
type orderSite struct {
	mu     sync.Mutex
	listed []string
	pages  map[string]string
	dates  map[string]time.Time // zero: the page gives no date
	onPage func()               // when set, called as each page is served
}

func (o *orderSite) add(path, text string, at time.Time) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.pages == nil {
		o.pages, o.dates = map[string]string{}, map[string]time.Time{}
	}
	o.pages[path], o.dates[path] = text, at
}

func (o *orderSite) list(paths []string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.listed = paths
}

func (o *orderSite) serve(t *testing.T) string {
	return siteAt(t, func(w http.ResponseWriter, r *http.Request, _ string) {
		o.mu.Lock()
		defer o.mu.Unlock()
		if r.URL.Path == "/feed.xml" {
			writeFeed(w, "Story", o.listed)
			return
		}
		text, ok := o.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if o.onPage != nil {
			o.onPage()
		}
		head := ""
		if at := o.dates[r.URL.Path]; !at.IsZero() {
			head = fmt.Sprintf(`<meta property="article:published_time" content="%s">`, at.Format(time.RFC3339))
		}
		writeStoryWithHead(w, head, "Story", text)
	}).URL
}

// TestPassPostsTheSameInEveryListingOrder: what a desk is sent must not
// depend on the order a source's listing gives its articles. A live pass
// of one feed finds three dated tolls (32,300 at hour 3, 32,150 at hour 6,
// 32,400 at hour 9), an undated 32,500 and more than a transaction of
// stories without a figure between them: in every order the feed may
// list the four, the desk gets the same four posts, those of reading them
// in publication order, the undated one as of its reading (last). Judged
// as read, "32,400 then 32,150" posted one change and nothing else, and
// the three dated tolls fell into two transactions.
func TestPassPostsTheSameInEveryListingOrder(t *testing.T) {
	t0 := time.Date(2024, 3, 25, 9, 0, 0, 0, time.UTC)
	hour := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	figures := []struct {
		path, toll string
		at         time.Time
	}{{"/h3", "32,300", hour(3)}, {"/h6", "32,150", hour(6)}, {"/h9", "32,400", hour(9)}, {"/undated", "32,500", time.Time{}}}
	want := "change 32,000 -> 32,300; decrease 32,300 -> 32,150; change 32,300 -> 32,400; change 32,400 -> 32,500"
	fillers := batchSize + 1
	permutations(len(figures), func(order []int) {
		s, p := testPass(t)
		ctx := context.Background()
		site := &orderSite{}
		url := site.serve(t)
		src := scrape.Source{Name: "herald", Outlet: "Herald", Feed: url + "/feed.xml"}

		// The first pass: the baseline, 32,000.
		site.add("/base", tollStory("32,000", 100), t0)
		site.list([]string{"/base"})
		now := hour(1)
		p.Now = func() time.Time { return now }
		if res := p.Run(ctx, src); res.Err != nil || res.New != 1 {
			t.Fatalf("the first pass: %+v", res)
		}
		pending(t, s)

		// The live pass: the four tolls where order puts them in a
		// listing of fillers and tolls.
		var listed []string
		for i := range fillers {
			path := fmt.Sprintf("/filler/%d", i)
			site.add(path, newstext.Story(600, uint64(200+i)), hour(2))
			listed = append(listed, path)
		}
		for k, i := range order {
			f := figures[i]
			site.add(f.path, tollStory(f.toll, uint64(300+i)), f.at)
			at := k * (fillers + 1) / len(order)
			listed = append(listed[:at], append([]string{f.path}, listed[at:]...)...)
		}
		site.list(listed)
		now = hour(12)
		res := p.Run(ctx, src)
		if res.Err != nil || res.New != fillers+len(figures) {
			t.Fatalf("listed %v: the live pass: %+v", listed, res)
		}
		var posts []string
		for _, e := range pending(t, s) {
			posts = append(posts, fmt.Sprintf("%s %s -> %s", e.Kind, e.Payload.Old.Readings[0].Text, e.Payload.New.Readings[0].Text))
		}
		if got := strings.Join(posts, "; "); got != want {
			t.Errorf("the feed listing the tolls in order %v: posted\n  %s\nwant\n  %s", order, got, want)
		}
	})
}

// TestPassOrderKeepsCopiesAfterTheirOriginal: a near copy read after its
// original but dated before it is judged after it, linked to it, whether
// the original is stored in the copy's transaction or an earlier one: its
// outlet does not count as one more agreeing (read first, unlinked, it
// would).
func TestPassOrderKeepsCopiesAfterTheirOriginal(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		judge := func(string) (Policy, MetricInfo) {
			return Policy{Total: true, ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "m"}
		}
		for _, size := range []int{1, 3} {
			metric := fmt.Sprintf("copies%d", size)
			base := article("https://z.example/"+metric, "Z", t0, metric)
			if _, err := Process(ctx, s, base, []model.Observation{obs(metric, "1,000", t)}, judge); err != nil {
				t.Fatal(err)
			}
			fetched := t0.Add(12 * time.Hour)
			other := figureItem(t, "b", "https://b.example/"+metric, archiveFigure{"1,000", "B", "", 3}, metric, fetched)
			orig := figureItem(t, "c", "https://c.example/"+metric, archiveFigure{"1,000", "C", "", 5}, metric, fetched)
			cp := figureItem(t, "d", "https://d.example/"+metric, archiveFigure{"1,000", "D", "", 2}, metric, fetched)
			cp.CopyOfItem = 1 // read after the original, listed first
			items := []Item{orig, cp, other}
			kinds := []itemKind{newArticle, newArticle, newArticle}
			sorted, _ := passOrder(slices.Clone(items), kinds)
			var got []string
			for _, it := range sorted {
				got = append(got, fmt.Sprintf("%s/%d", it.Article.Outlet, it.CopyOfItem))
			}
			if want := "B/0 C/0 D/2"; strings.Join(got, " ") != want {
				t.Errorf("passOrder: %v, want %s (the copy after its original, linked to it)", got, want)
			}
			if _, err := storeInOrder(ctx, s, items, kinds, judge, size, fetched, nil, nil, nil); err != nil {
				t.Fatal(err)
			}
			if r := readOrder(t, s, metric); r.agreeing != "Z,B,C" {
				t.Errorf("%d a transaction: agreeing %q, want Z,B,C (the copy D not counted)", size, r.agreeing)
			}
		}
	})
}

// TestPassCutShortKeepsWhatItRead: a pass stopped while it reads (the
// daemon's grace period over, `once` interrupted) stores the articles it
// had read, which it holds until it has read them all; one stopped because
// another process took its source's lease over stores nothing.
func TestPassCutShortKeepsWhatItRead(t *testing.T) {
	for _, c := range []struct {
		cause error
		want  int
	}{{context.Canceled, 2}, {errLeaseLost, 0}} {
		s, p := testPass(t)
		ctx, cancel := context.WithCancelCause(context.Background())
		srv := siteAt(t, func(w http.ResponseWriter, r *http.Request, _ string) {
			switch r.URL.Path {
			case "/feed.xml":
				writeFeed(w, "Story", []string{"/1", "/2", "/3"})
			case "/1", "/2":
				writeStory(w, "Story", tollStory("32,"+r.URL.Path[1:]+"00", uint64(r.URL.Path[1])))
			default:
				cancel(c.cause) // stopped while the third is read
				<-r.Context().Done()
			}
		})
		res := p.Run(ctx, scrape.Source{Name: "herald", Outlet: "Herald", Feed: srv.URL + "/feed.xml"})
		if res.Err == nil {
			t.Errorf("%v: the pass says nothing of being stopped: %+v", c.cause, res)
		}
		if n, err := s.CountArticles(context.Background()); err != nil || n != c.want || res.New != c.want {
			t.Errorf("%v: %d articles stored (%v), the pass counted %d new; want %d", c.cause, n, err, res.New, c.want)
		}
	}
}
