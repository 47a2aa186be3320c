package tracker

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// undatedSite serves a feed at /feed.xml whose items give no date, and a
// page with no date for each (an orderSite of undated pages): every
// article of it is undated. Its pages can be added while it is served,
// newest first as feeds list them.
type undatedSite struct{ orderSite }

// add lists a page at path, the feed's newest, with a toll of figure. The
// page is there before the feed lists it.
func (u *undatedSite) add(path, figure string, seed uint64) {
	u.orderSite.add(path, tollStory(figure, seed), time.Time{})
	u.mu.Lock()
	defer u.mu.Unlock()
	u.listed = append([]string{path}, u.listed...)
}

// tollStory is an article whose one figure is Gaza's toll: a sentence
// giving it, then prose without figures that differs for every seed, so
// that no two of them are near copies.
func tollStory(figure string, seed uint64) string {
	words := strings.Fields(`the talks resumed in the capital as envoys met again while crossings stayed shut
and aid groups asked for fuel water medicine and tents before the winter rains reached the coast`)
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	fmt.Fprintf(&b, "Gaza's health ministry said that %s people had been killed since the war began.\n\n", figure)
	for i := range 400 {
		if i > 0 && i%20 == 0 {
			b.WriteString(". ")
		}
		b.WriteString(words[r.IntN(len(words))] + " ")
	}
	return b.String() + "."
}

// outcomesOf lists a metric's history as "figure outcome" in the store's
// order, for messages.
func outcomesOf(t *testing.T, s store.Store, metric string) map[float64]string {
	t.Helper()
	hist, err := s.History(context.Background(), metric)
	if err != nil {
		t.Fatal(err)
	}
	out := map[float64]string{}
	for _, o := range hist {
		out[o.Readings[0].Value] = o.Outcome
	}
	return out
}

// TestUndatedArchiveIsNotNews: a desk's first pass over a feed whose
// pages give no date reads the source's archive, of unknown age: nothing
// is posted (dated as read, the older, lower toll was "a lower figure:
// possible correction"), the first figure read is the baseline, one that
// agrees corroborates it and one that differs is kept as backlog_undated.
// A later pass's new undated article is news, as of when it was read. A
// source added later, its undated archive read on its first pass, posts
// nothing either, though the metric's tracking began long before; its
// own next article is news.
func TestUndatedArchiveIsNotNews(t *testing.T) {
	s, p := testPass(t)
	ctx := context.Background()
	herald := &undatedSite{}
	herald.add("/1", "more than 30,000", 1)
	herald.add("/2", "32,490", 2)
	herald.add("/3", "33,091", 3) // the feed's newest
	src := scrape.Source{Name: "herald", Outlet: "Herald", Feed: herald.serve(t) + "/feed.xml"}

	if res := p.Run(ctx, src); res.Err != nil || res.New != 3 {
		t.Fatalf("first pass: %+v", res)
	}
	if evs := pending(t, s); len(evs) != 0 {
		t.Errorf("the first pass over an undated archive posted %d events, want none: %+v", len(evs), evs[0].Payload)
	}
	want := map[float64]string{33091: "baseline", 32490: "backlog_undated", 30000: "corroborates"}
	if got := outcomesOf(t, s, "gaza_death_toll"); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("the first pass's outcomes: %v, want %v", got, want)
	}
	// Stored undated, they come first in the history, as they are judged.
	if hist, err := s.History(ctx, "gaza_death_toll"); err != nil || !hist[0].Published.IsZero() || hist[0].Fetched.IsZero() {
		t.Errorf("the undated archive's observations should keep no date but when they were read: %+v %v", hist, err)
	}
	acc, err := s.AcceptedValues(ctx, "gaza_death_toll")
	if err != nil || len(acc) != 1 || acc[0].Readings[0].Value != 33091 || !acc[0].Published.IsZero() {
		t.Fatalf("the accepted value after the first pass: %+v %v; want 33,091 with no date", acc, err)
	}

	// The next pass finds a new undated article: news.
	herald.add("/4", "33,500", 4)
	if res := p.Run(ctx, src); res.Err != nil || res.New != 1 || res.Changes != 1 {
		t.Fatalf("second pass: %+v", res)
	}
	evs := pending(t, s)
	if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.Old.Readings[0].Value != 33091 || evs[0].Payload.New.Readings[0].Value != 33500 {
		t.Fatalf("want the later pass's undated article posted as 33,091 → 33,500: %+v", evs)
	}

	// A source added later: its undated archive is not news, neither its
	// higher figure nor its lower one.
	courier := &undatedSite{}
	courier.add("/a", "20,000", 11)
	courier.add("/b", "34,000", 12)
	src2 := scrape.Source{Name: "courier", Outlet: "Courier", Feed: courier.serve(t) + "/feed.xml"}
	if res := p.Run(ctx, src2); res.Err != nil || res.New != 2 || res.Changes != 0 || res.Kept[BacklogUndated] != 2 {
		t.Fatalf("the added source's first pass: %+v", res)
	}
	if evs := pending(t, s); len(evs) != 0 {
		t.Errorf("a source added later posted its undated archive: %d events, the first %+v", len(evs), evs[0].Payload)
	}
	if cur, _, err := s.Current(ctx, "gaza_death_toll"); err != nil || cur.Readings[0].Value != 33500 || cur.Published.IsZero() {
		t.Errorf("the accepted value after the added source's archive: %+v %v, want 33,500 still", cur, err)
	}
	courier.add("/c", "34,200", 13)
	if res := p.Run(ctx, src2); res.Err != nil || res.Changes != 1 {
		t.Fatalf("the added source's second pass: %+v", res)
	}
	evs = pending(t, s)
	if len(evs) != 1 || evs[0].Payload.New.Readings[0].Value != 34200 || !strings.Contains(evs[0].Payload.New.Outlet, "Courier") {
		t.Errorf("want the added source's new undated article posted: %+v", evs)
	}
}

// TestUndatedBaselineYieldsToADatedFigure: when the first figure read of
// all is undated, a dated figure of the archive (another source's, read
// in the same first pass) is newer than it, whatever the reading order,
// and refines the baseline silently.
func TestUndatedBaselineYieldsToADatedFigure(t *testing.T) {
	s, p := testPass(t)
	ctx := context.Background()
	herald := &undatedSite{}
	herald.add("/1", "32,490", 1)
	dated := siteAt(t, func(w http.ResponseWriter, r *http.Request, site string) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			fmt.Fprintf(w, "<item><title>Story</title><link>%s/d</link><pubDate>Mon, 01 Apr 2024 09:00:00 GMT</pubDate></item></channel></rss>", site)
			return
		}
		writeStory(w, "Story", tollStory("33,091", 21))
	})
	for _, src := range []scrape.Source{
		{Name: "herald", Outlet: "Herald", Feed: herald.serve(t) + "/feed.xml"},
		{Name: "ledger", Outlet: "Ledger", Feed: dated.URL + "/feed.xml"},
	} {
		if res := p.Run(ctx, src); res.Err != nil || res.New != 1 {
			t.Fatalf("%s: %+v", src.Name, res)
		}
	}
	if evs := pending(t, s); len(evs) != 0 {
		t.Errorf("the first pass posted %d events, want none", len(evs))
	}
	want := map[float64]string{32490: "baseline", 33091: "backlog"}
	if got := outcomesOf(t, s, "gaza_death_toll"); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("outcomes: %v, want %v", got, want)
	}
	if cur, _, err := s.Current(ctx, "gaza_death_toll"); err != nil || cur.Readings[0].Value != 33091 {
		t.Errorf("the accepted value: %+v %v, want the dated 33,091", cur, err)
	}
}
