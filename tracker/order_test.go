package tracker

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/scrape"
	"github.com/claimtrack/claimtrack/store"
)

// archiveFigure is one figure of a metric's archive, as a desk's first
// pass reads it: its words, its outlet and claimant, and when its article
// was published (hours after t0).
type archiveFigure struct {
	text, outlet, claimant string
	hour                   int
}

// orderArchives are small archives whose outcome once depended on the
// order their sources were read in, or could: levels and totals, vaguer
// and more precise figures, outlets and claimants that disagree within the
// conflict window and outside it.
var orderArchives = []struct {
	name    string
	total   bool
	figures []archiveFigure
}{
	{"a level, a vaguer agreeing figure last", false, []archiveFigure{
		{"6,000", "A", "", 10}, {"about 6,000", "B", "", 25}, {"4,000", "C", "", 20}}},
	{"a level, two outlets each way", false, []archiveFigure{
		{"1.4 million", "A", "", 0}, {"1.1 million", "B", "", 5}, {"about 1.4 million", "C", "", 30}, {"1.2 million", "A", "", 60}}},
	{"a level, two claimants in one outlet", false, []archiveFigure{
		{"700", "A", "ministry", 0}, {"some 700", "B", "", 6}, {"650", "A", "army", 12}, {"about 650", "C", "army", 20}}},
	{"a total, a lower figure of its own outlet", true, []archiveFigure{
		{"33,091", "A", "", 10}, {"32,800", "A", "", 20}, {"33,500", "B", "", 30}, {"more than 33,000", "C", "", 35}}},
	{"a total, a lower figure elsewhere in the window", true, []archiveFigure{
		{"more than 5,000", "A", "", 10}, {"5,200", "B", "", 20}, {"4,900", "C", "", 22}, {"about 5,000", "D", "", 40}}},
	{"a level, two figures at one time", false, []archiveFigure{
		{"500", "A", "", 10}, {"650", "B", "", 10}, {"about 600", "C", "", 30}}},
	{"a total, far apart", true, []archiveFigure{
		{"1,200", "A", "", 0}, {"1,100", "B", "", 100}, {"1,350", "C", "", 150}}},
}

// permutations calls f with every order of 0..n-1.
func permutations(n int, f func([]int)) {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	var rec func(k int)
	rec = func(k int) {
		if k == n {
			f(slices.Clone(p))
			return
		}
		for i := k; i < n; i++ {
			p[k], p[i] = p[i], p[k]
			rec(k + 1)
			p[k], p[i] = p[i], p[k]
		}
	}
	rec(0)
}

// orderReading is what the desk sees of a metric after its first pass and
// one live figure: the accepted value and who agrees with it, the
// disagreements listed, and the events queued.
type orderReading struct {
	accepted, agreeing, disputed, events string
}

// TestFirstPassOrder: a desk's first pass reads a metric's archive from
// several sources, in whatever order they answer. The accepted value, the
// outlets agreeing with it, the disagreements listed and the events queued
// (none for the archive; then one live figure's) must be the same in every
// order, whether each source's articles come in a transaction of their
// own or all in one.
func TestFirstPassOrder(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		fetched := t0.Add(1000 * time.Hour) // the first pass, long after the archive
		run := 0
		for _, arch := range orderArchives {
			judge := func(string) (Policy, MetricInfo) {
				return Policy{Total: arch.total, ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "m"}
			}
			for _, oneBatch := range []bool{false, true} {
				var first orderReading
				var firstOrder []int
				permutations(len(arch.figures), func(order []int) {
					run++
					metric := fmt.Sprintf("m%d", run)
					var items []Item
					for _, i := range order {
						f := arch.figures[i]
						url := fmt.Sprintf("https://%s.example/%d/%d", strings.ToLower(f.outlet), run, i)
						items = append(items, figureItem(t, f.outlet, url, f, metric, fetched))
					}
					processItems(t, s, items, judge, oneBatch)
					got := readOrder(t, s, metric)
					live := article(fmt.Sprintf("https://z.example/%d", run), "Z", fetched.Add(time.Hour), metric)
					live.Fetched = fetched.Add(time.Hour)
					if _, err := Process(ctx, s, live, []model.Observation{obs(metric, "1,000", t)}, judge); err != nil {
						t.Fatal(err)
					}
					got.events = readEvents(t, s, metric)
					if firstOrder == nil {
						first, firstOrder = got, order
						return
					}
					if got != first {
						t.Errorf("%s (one batch %v): read in order %v:\n  %+v\nread in order %v:\n  %+v", arch.name, oneBatch, firstOrder, first, order, got)
					}
				})
			}
		}
	})
}

// figureItem is one archive figure as the article that states it: from
// source, at url, published at the figure's hour and fetched at fetched.
func figureItem(t *testing.T, source, url string, f archiveFigure, metric string, fetched time.Time) Item {
	a := model.Article{Source: source, Outlet: f.outlet, URL: url, CanonicalURL: url, Title: "t",
		Published: t0.Add(time.Duration(f.hour) * time.Hour), Fetched: fetched,
		TextHash: scrape.HashText(url), Fingerprint: store.Fingerprint(url + " " + f.text)}
	o := obs(metric, f.text, t)
	o.ClaimantWords = f.claimant
	return Item{Article: a, Observations: []model.Observation{o}}
}

// readOrder reads what the desk sees of a metric after its first pass
// (orderReading but its events), in words that do not depend on the order
// it was read in.
func readOrder(t *testing.T, s store.Store, metric string) orderReading {
	t.Helper()
	ctx := context.Background()
	hist, err := s.History(ctx, metric)
	if err != nil {
		t.Fatal(err)
	}
	var r orderReading
	var disputed []string
	var acceptedID int64
	accs, err := s.AcceptedValues(ctx, metric)
	if err != nil || len(accs) != 1 {
		t.Fatalf("accepted values of %s: %v %v", metric, accs, err)
	}
	acceptedID = accs[0].ObservationID
	r.agreeing = strings.Join(accs[0].Agreeing, ",")
	for _, o := range hist {
		words := o.Outlet + " " + o.Readings[0].Text
		if o.ID == acceptedID {
			r.accepted = words
		}
		if out, ok := OutcomeNamed(o.Outcome); ok && out.Disputes() {
			disputed = append(disputed, words+" "+o.Outcome)
		}
	}
	r.disputed = strings.Join(disputed, "; ")
	return r
}

// readEvents lists a metric's events in words that do not depend on the
// order its archive was read in.
func readEvents(t *testing.T, s store.Store, metric string) string {
	t.Helper()
	evs, err := s.Events(context.Background(), 20)
	if err != nil {
		t.Fatal(err)
	}
	var events []string
	for _, e := range evs {
		if e.Metric != metric {
			continue
		}
		old := ""
		if e.Payload.Old != nil {
			old = e.Payload.Old.Outlet + " " + e.Payload.Old.Readings[0].Text
		}
		events = append(events, fmt.Sprintf("%s %s -> %s", e.Kind, old, e.Payload.New.Readings[0].Text))
	}
	return strings.Join(events, "; ")
}

// TestFirstPassAnnouncesOnce: a metric that announces its first value
// announces it once, and what it announces is the value the archive ends
// at, whatever order it was read in (desk52a: it was the first figure
// read, which the replay then replaced, so the desk was told a value the
// tracker did not hold). A replay posts nothing more, and nor does
// reading the archive again: Slack sees each alert exactly once.
func TestFirstPassAnnouncesOnce(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		fetched := t0.Add(1000 * time.Hour)
		judge := func(string) (Policy, MetricInfo) {
			return Policy{AnnounceFirst: true, ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "m"}
		}
		arch := orderArchives[0].figures
		run := 0
		permutations(len(arch), func(order []int) {
			run++
			metric := fmt.Sprintf("first%d", run)
			var items []Item
			for _, i := range order {
				f := arch[i]
				url := fmt.Sprintf("https://%s.example/first/%d/%d", strings.ToLower(f.outlet), run, i)
				a := article(url, f.outlet, t0.Add(time.Duration(f.hour)*time.Hour), url)
				a.Fetched = fetched
				items = append(items, Item{Article: a, Observations: []model.Observation{obs(metric, f.text, t)}})
			}
			for pass := 0; pass < 2; pass++ {
				for _, it := range items {
					if _, err := ProcessBatch(ctx, s, []Item{it}, judge); err != nil {
						t.Fatal(err)
					}
				}
			}
			evs := readEvents(t, s, metric)
			if want := "first  -> about 6,000"; evs != want {
				t.Errorf("order %v: events %q, want the value held announced once (%q)", order, evs, want)
			}
			if r := readOrder(t, s, metric); r.accepted != "B about 6,000" {
				t.Errorf("order %v: accepted %q, want B about 6,000", order, r.accepted)
			}
		})
	})
}

// TestFirstPassReplayCap: an archive of more than replayCap figures of a
// metric is judged figure by figure as it comes, each against the value
// accepted then, as before replays: read in the one unlucky order, the
// three figures of the first archive leave 4,000, not "about 6,000".
func TestFirstPassReplayCap(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		for _, filler := range []int{0, replayCap} {
			want := "B about 6,000"
			if filler > 0 {
				want = "C 4,000"
			}
			if got := acceptedAfterOlder(t, s, fmt.Sprintf("cap%d", filler), filler); got != want {
				t.Errorf("%d older figures, then 6,000, about 6,000 and 4,000: accepted %q, want %q", filler, got, want)
			}
		}
	})
}

// TestFirstPassReplayByClaimant: a metric judged by claimant keeps one
// accepted value per claimant, and an undated figure of one claimant's
// archive (which stops that claimant's replays) says nothing of another
// claimant's: the ministry's archive, read in the one unlucky order, ends
// at "about 6,000" whether the army's undated figure was met before it in
// the same transaction or in another.
func TestFirstPassReplayByClaimant(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		fetched := t0.Add(1000 * time.Hour)
		judge := func(string) (Policy, MetricInfo) {
			return Policy{ByClaimant: true, ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "m"}
		}
		for _, oneBatch := range []bool{false, true} {
			metric := fmt.Sprintf("byclaimant%v", oneBatch)
			var items []Item
			add := func(outlet, text, claimant string, hour int, undated bool) {
				url := fmt.Sprintf("https://%s.example/%s/%d", strings.ToLower(outlet), metric, len(items))
				a := article(url, outlet, t0.Add(time.Duration(hour)*time.Hour), url)
				if undated {
					a.Published = time.Time{}
				}
				a.Fetched = fetched
				o := obs(metric, text, t)
				o.ClaimantWords = claimant
				items = append(items, Item{Article: a, Observations: []model.Observation{o}, UndatedArchive: undated})
			}
			add("A", "6,000", "army", 10, false)
			add("U", "9,000", "army", 0, true)
			add("D", "6,000", "army", 5, false) // older: its replay meets the undated figure
			for _, f := range orderArchives[0].figures {
				add(f.outlet, f.text, "ministry", f.hour, false)
			}
			processItems(t, s, items, judge, oneBatch)
			accs, err := s.AcceptedValues(ctx, metric)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, acc := range accs {
				if acc.ClaimantWords == "ministry" {
					got = acc.Outlet + " " + acc.Readings[0].Text
				}
			}
			if want := "B about 6,000"; got != want {
				t.Errorf("one batch %v: the ministry's accepted value %q, want %q", oneBatch, got, want)
			}
		}
	})
}

// TestFirstPassReplayCapEdge: replayCap is the most figures a replay
// judges, the one arriving among them: an archive of replayCap figures is
// decided as if read oldest first, one of replayCap+1 as each comes.
func TestFirstPassReplayCapEdge(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		three := len(orderArchives[0].figures)
		for _, total := range []int{replayCap, replayCap + 1} {
			want := "B about 6,000"
			if total > replayCap {
				want = "C 4,000"
			}
			if got := acceptedAfterOlder(t, s, fmt.Sprintf("edge%d", total), total-three); got != want {
				t.Errorf("an archive of %d figures, the last three 6,000, about 6,000 and 4,000: accepted %q, want %q", total, got, want)
			}
		}
	})
}

// acceptedAfterOlder reads, as a first pass long after them, older figures
// of metric that agree (6,000, each an hour apart, all in one transaction),
// then the first archive's three figures in the one unlucky order, each in
// its own, and returns the accepted value ("outlet text").
func acceptedAfterOlder(t *testing.T, s store.Store, metric string, older int) string {
	t.Helper()
	ctx := context.Background()
	fetched := t0.Add(1000 * time.Hour)
	judge := func(string) (Policy, MetricInfo) {
		return Policy{ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "m"}
	}
	var items []Item
	for i := 0; i < older; i++ {
		url := fmt.Sprintf("https://f.example/%s/%d", metric, i)
		a := article(url, "F", t0.Add(-time.Duration(1000-i)*time.Hour), url)
		a.Fetched = fetched
		items = append(items, Item{Article: a, Observations: []model.Observation{obs(metric, "6,000", t)}})
	}
	if len(items) > 0 {
		if _, err := ProcessBatch(ctx, s, items, judge); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range orderArchives[0].figures {
		url := fmt.Sprintf("https://%s.example/%s", strings.ToLower(f.outlet), metric)
		a := article(url, f.outlet, t0.Add(time.Duration(f.hour)*time.Hour), url)
		a.Fetched = fetched
		if _, err := Process(ctx, s, a, []model.Observation{obs(metric, f.text, t)}, judge); err != nil {
			t.Fatal(err)
		}
	}
	return readOrder(t, s, metric).accepted
}

// processItems stores items as a first pass would: all in one transaction
// (oneBatch), or each source's article in a transaction of its own.
func processItems(t *testing.T, s store.Store, items []Item, judge func(string) (Policy, MetricInfo), oneBatch bool) {
	t.Helper()
	ctx := context.Background()
	if oneBatch {
		if _, err := ProcessBatch(ctx, s, items, judge); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, it := range items {
		if _, err := ProcessBatch(ctx, s, []Item{it}, judge); err != nil {
			t.Fatal(err)
		}
	}
}
