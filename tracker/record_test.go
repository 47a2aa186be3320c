package tracker

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

func TestStoreProcess(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		step := stepper(ctx, t, s, "toll", judgeTotal)
		if o := step(article("https://a.example/1", "A", t0, "one"), "more than 32,000"); o != Baseline {
			t.Errorf("first: %s", o)
		}
		if evs := pending(t, s); len(evs) != 0 {
			t.Errorf("baseline without announce_first posts nothing, got %v", evs)
		}
		if o := step(article("https://b.example/1", "B", t0.Add(time.Hour), "two"), "32,414"); o != Change {
			t.Errorf("more precise: %s", o)
		}
		if o := step(article("https://c.example/1", "C", t0.Add(2*time.Hour), "three"), "more than 32,000"); o != Corroborates {
			t.Errorf("vaguer: %s", o)
		}
		copyArt := article("https://d.example/1", "D", t0.Add(2*time.Hour), "four")
		copyArt.CopyOf = 1
		if o := step(copyArt, "32,414"); o != Corroborates {
			t.Errorf("copy: %s", o)
		}
		cur, agree, err := s.Current(ctx, "toll")
		if err != nil || cur == nil || cur.Readings[0].Value != 32414 || strings.Join(agree, ",") != "B,C" {
			t.Errorf("current: %+v agree %v %v", cur, agree, err)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.Old.Readings[0].Text != "more than 32,000" || evs[0].Payload.New.Readings[0].Value != 32414 {
			t.Fatalf("change event: %+v", evs)
		}
		if o := step(article("https://e.example/1", "E", t0.Add(3*time.Hour), "five"), "30,500"); o != Conflict {
			t.Errorf("other outlet lower: %s", o)
		}
		if o := step(article("https://b.example/2", "B", t0.Add(4*time.Hour), "six"), "32,000"); o != Decrease {
			t.Errorf("same outlet lower: %s", o)
		}
		if o := step(article("https://f.example/1", "F", t0.Add(-24*time.Hour), "seven"), "31,900"); o != Stale {
			t.Errorf("old article: %s", o)
		}
		evs = pending(t, s)
		if len(evs) != 2 || evs[0].Kind != model.EventConflict || evs[1].Kind != model.EventDecrease {
			t.Errorf("conflict and decrease events: %+v", evs)
		}
		hist, err := s.History(ctx, "toll")
		if err != nil || len(hist) != 7 || hist[0].Outcome != "stale" || hist[0].URL != "https://f.example/1" {
			t.Errorf("history: %d %v", len(hist), err)
		}
	})
}

func TestStoreReplayDoesNotDouble(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		judge := func(string) (Policy, MetricInfo) { return Policy{AnnounceFirst: true}, MetricInfo{} }
		a := article("https://a.example/1", "A", t0, "one")
		for i := 0; i < 3; i++ {
			if _, err := Process(ctx, s, a, []model.Observation{obs("m", "700", t)}, judge); err != nil {
				t.Fatal(err)
			}
		}
		if n, _ := s.PendingCount(ctx); n != 1 {
			t.Errorf("the same article processed three times queued %d events", n)
		}
	})
}

// TestStoreBatchMatchesOneByOne stores one metric's story (a baseline, a
// change, corroboration, a copy, a conflict, a decrease, a stale report)
// once an article at a time and once in a single batch: the outcomes,
// the accepted value, its agreeing outlets and the events must be the
// same, although the batch reads the metric's state once and keeps it.
func TestStoreBatchMatchesOneByOne(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		type step struct {
			url, outlet string
			at          time.Duration
			figure      string
			copyOf      int64
		}
		steps := []step{
			{"https://a.example/1", "A", 0, "more than 32,000", 0},
			{"https://b.example/1", "B", time.Hour, "32,414", 0},
			{"https://c.example/1", "C", 2 * time.Hour, "more than 32,000", 0},
			{"https://d.example/1", "D", 2 * time.Hour, "32,414", 1},
			{"https://g.example/1", "G", 2 * time.Hour, "about 32,400", 0},
			{"https://e.example/1", "E", 3 * time.Hour, "30,500", 0},
			{"https://b.example/2", "B", 4 * time.Hour, "32,000", 0},
			{"https://h.example/1", "H", 5 * time.Hour, "33,091", 0},
			{"https://i.example/1", "I", 5 * time.Hour, "more than 33,000", 0},
			{"https://j.example/1", "J", 6 * time.Hour, "about 33,000", 0},
			{"https://k.example/1", "K", 6 * time.Hour, "33,091", 0},
			{"https://f.example/1", "F", -24 * time.Hour, "31,900", 0},
		}
		// Each run has a metric and addresses of its own: both use the
		// same database. Article ids follow one another, so a copy names
		// its original by offset.
		s := open()
		items := func(metric string, firstID int64) []Item {
			out := make([]Item, len(steps))
			for i, st := range steps {
				a := article(st.url+"/"+metric, st.outlet, t0.Add(st.at), fmt.Sprintf("%s story %d", metric, i))
				if st.copyOf != 0 {
					a.CopyOf = firstID + st.copyOf - 1
				}
				out[i] = Item{Article: a, Observations: []model.Observation{obs(metric, st.figure, t)}}
			}
			return out
		}
		type result struct {
			outcomes []Outcome
			current  float64
			agree    string
			events   []string
		}
		run := func(metric string, batches [][]Item) result {
			var r result
			for _, b := range batches {
				outs, err := ProcessBatch(ctx, s, b, judgeTotal)
				if err != nil {
					t.Fatal(err)
				}
				for _, o := range outs {
					r.outcomes = append(r.outcomes, o...)
				}
			}
			cur, agree, err := s.Current(ctx, metric)
			if err != nil || cur == nil {
				t.Fatalf("current: %v %v", cur, err)
			}
			r.current, r.agree = cur.Readings[0].Value, strings.Join(agree, ",")
			for _, e := range pending(t, s) {
				old := "-"
				if e.Payload.Old != nil {
					old = e.Payload.Old.Readings[0].Text
				}
				r.events = append(r.events, fmt.Sprintf("%s old=%s new=%s agreeing=%d", e.Kind, old, e.Payload.New.Readings[0].Text, e.Payload.Agreeing))
			}
			return r
		}
		var single [][]Item
		for _, it := range items("toll", 1) {
			single = append(single, []Item{it})
		}
		one := run("toll", single)
		batched := run("toll2", [][]Item{items("toll2", int64(len(steps))+1)})
		if fmt.Sprint(one) != fmt.Sprint(batched) {
			t.Errorf("one at a time:\n%+v\nin one batch:\n%+v", one, batched)
		}
		if len(one.events) < 3 || one.agree != "H,I,J,K" {
			t.Errorf("the story should make events and end agreed by four outlets: %+v", one)
		}
	})
}

// TestStoreRefusesAnotherSourcesArticle stores a figure from an outlet's
// article, then another source's page claiming the same canonical URL
// with another figure: the page's observation and its event are not
// stored, and the outlet's figure stands.
func TestStoreRefusesAnotherSourcesArticle(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		real := article("https://outlet.example/news/1", "outlet", t0, "the outlet's story")
		if _, err := Process(ctx, s, real, []model.Observation{obs("toll", "32,414", t)}, judgeTotal); err != nil {
			t.Fatal(err)
		}
		rogue := article(real.CanonicalURL, "rogue", t0.Add(time.Hour), "another story under the outlet's address")
		rogue.URL = "https://rogue.example/1"
		own := article("https://rogue.example/2", "rogue", t0.Add(time.Hour), "the rogue's own page")
		outs, err := ProcessBatch(ctx, s, []Item{{Article: rogue, Observations: []model.Observation{obs("toll", "175,000", t)}},
			{Article: own, Observations: []model.Observation{obs("toll", "32,500", t)}}}, judgeTotal)
		if err != nil {
			t.Fatal(err)
		}
		if len(outs[0]) != 0 || len(outs[1]) != 1 || outs[1][0] != Change {
			t.Errorf("outcomes %v, want none for the claimed page and a change from the rogue's own", outs)
		}
		hist, err := s.History(ctx, "toll")
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range hist {
			if o.Readings[0].Value == 175000 {
				t.Errorf("the claimed page's figure was stored: %+v", o)
			}
		}
		if len(hist) != 2 {
			t.Errorf("%d observations, want the outlet's and the rogue's own page's", len(hist))
		}
		for _, e := range pending(t, s) {
			if e.Payload.New.Readings[0].Value == 175000 {
				t.Errorf("an event for the claimed page: %+v", e)
			}
		}
		var owned *store.OwnedError
		if _, err := Process(ctx, s, rogue, []model.Observation{obs("toll", "175,000", t)}, judgeTotal); !errors.As(err, &owned) || owned.Owner != "outlet" {
			t.Errorf("Process of the claimed page: %v, want an *store.OwnedError", err)
		}
		if h, _ := s.HashAt(ctx, real.CanonicalURL); h != real.TextHash {
			t.Errorf("the outlet's text hash became %q", h)
		}
	})
}

// TestOneOutletsSourcesReadingOneArticleAtOnce: two sources of one outlet
// (its feed and a section page) list the same new article, and their
// passes, running at once, both find it new before either stores it. The
// first to store it judges its figures; the second stores nothing more, as
// it would have had it read the article after: one observation, where each
// source used to add its own ("first reading", then "agrees"). The same
// source reading it again still goes to the rules, as before.
func TestOneOutletsSourcesReadingOneArticleAtOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		feed := article("https://outlet.example/news/1", "Outlet", t0, "the outlet's story")
		feed.Source = "outlet-feed"
		section := feed
		section.Source = "outlet-section"
		for _, a := range []model.Article{feed, section} {
			if _, err := ProcessBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{obs("toll", "32,414", t)}}}, judgeTotal); err != nil {
				t.Fatal(err)
			}
		}
		hist, err := s.History(ctx, "toll")
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 1 {
			t.Errorf("%d observations of one article read by two sources of its outlet, want 1", len(hist))
		}
		outs, err := ProcessBatch(ctx, s, []Item{{Article: feed, Observations: []model.Observation{obs("toll", "32,414", t)}}}, judgeTotal)
		if err != nil || len(outs[0]) != 1 {
			t.Errorf("the storing source reading it again: %v %v, want it judged", outs, err)
		}
	})
}

// TestOneOutletsSourcesStoringOneArticleAtOnce: as above, with the first
// source's transaction still open (its article written, not committed)
// when the second's begins. The second waits for it, on the metric's lock
// under PostgreSQL and on the write lock under SQLite, and so finds the
// article stored: one observation still. Without the wait, its check would
// find no row and its upsert, waiting on the row alone, add a second.
func TestOneOutletsSourcesStoringOneArticleAtOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		feed := article("https://outlet.example/news/2", "Outlet", t0, "another story of the outlet")
		feed.Source = "outlet-feed"
		section := feed
		section.Source = "outlet-section"
		inside, release := make(chan struct{}), make(chan struct{})
		var once sync.Once
		held := func(m string) (Policy, MetricInfo) {
			once.Do(func() { close(inside); <-release })
			return judgeTotal(m)
		}
		errs := make(chan error, 2)
		go func() {
			_, err := ProcessBatch(ctx, s, []Item{{Article: feed, Observations: []model.Observation{obs("toll", "32,414", t)}}}, held)
			errs <- err
		}()
		<-inside
		go func() {
			_, err := ProcessBatch(ctx, s, []Item{{Article: section, Observations: []model.Observation{obs("toll", "32,414", t)}}}, judgeTotal)
			errs <- err
		}()
		time.Sleep(300 * time.Millisecond) // the second begins while the first is held
		close(release)
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		hist, err := s.History(ctx, "toll")
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 1 {
			t.Errorf("%d observations of one article two sources of its outlet stored at once, want 1", len(hist))
		}
	})
}

// TestBacklogIsNotNews follows a desk's first pass over three sources'
// archives, then its first live article. The pass reads each source
// newest first, as discovery lists them: the first source's newest figure
// is the baseline, and every figure published before that pass (before
// the metric's tracking began) is backlog, judged as if the archive had
// been read oldest first (a figure arriving out of publication order has
// it decided again, see replay.go): the oldest figure is the baseline, a
// newer one refines it silently, a lower total or a conflicting outlet is
// kept in the history without a message. Only the live article,
// published after tracking began, is posted.
func TestBacklogIsNotNews(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		began := t0.Add(72 * time.Hour) // the first pass
		steps := []struct {
			url, outlet string
			published   time.Duration // after t0
			fetched     time.Time
			figure      string
			want        Outcome
		}{
			{"https://herald.example/3", "Herald", 24 * time.Hour, began, "32,490", Baseline},
			{"https://herald.example/2", "Herald", 12 * time.Hour, began, "more than 32,000", Baseline},
			{"https://herald.example/1", "Herald", 0, began, "31,900", Baseline},
			{"https://courier.example/2", "Courier", 48 * time.Hour, began, "33,091", Backlog},
			{"https://courier.example/1", "Courier", 36 * time.Hour, began, "32,800", Backlog},
			{"https://ledger.example/2", "Ledger", 60 * time.Hour, began, "31,000", BacklogConflict},
			{"https://ledger.example/1", "Ledger", 50 * time.Hour, began, "more than 33,000", Corroborates},
			{"https://courier.example/3", "Courier", 70 * time.Hour, began, "33,050", BacklogDecrease},
			{"https://ledger.example/3", "Ledger", 80 * time.Hour, began.Add(8 * time.Hour), "33,500", Change},
		}
		for _, st := range steps {
			a := article(st.url, st.outlet, t0.Add(st.published), st.url)
			a.Fetched = st.fetched
			if o := processOne(ctx, t, s, a, obs("toll", st.figure, t), judgeTotal); o != st.want {
				t.Errorf("%s (%s): got %s, want %s", st.url, st.figure, o, st.want)
			}
		}
		cur, agree, err := s.Current(ctx, "toll")
		if err != nil || cur == nil || cur.Readings[0].Value != 33500 || strings.Join(agree, ",") != "Ledger" {
			t.Errorf("current: %+v agree %v %v", cur, agree, err)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.Old.Readings[0].Value != 33091 || evs[0].Payload.New.Readings[0].Value != 33500 {
			t.Errorf("want one event, the live change from the refined baseline 33,091 to 33,500: %+v", evs)
		}
		hist, err := s.History(ctx, "toll")
		if err != nil || len(hist) != len(steps) {
			t.Fatalf("history: %d, %v", len(hist), err)
		}
		// The archive as read oldest first: each figure a refinement of
		// the one before, but a vaguer one that agrees, a conflicting
		// outlet's and a lower total of the accepted value's own outlet.
		want := "baseline backlog backlog backlog backlog corroborates backlog_conflict backlog_decrease change"
		var got []string
		for _, o := range hist {
			got = append(got, o.Outcome)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("outcomes in publication order: %s\nwant %s", strings.Join(got, " "), want)
		}
	})
}
