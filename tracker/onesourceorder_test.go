package tracker

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// oneSourcePasses are live passes of one source over a metric with an
// accepted value (1,000 from outlet Z): the articles the source lists, in
// no order its feed promises (hours after the baseline). want, when set,
// is what the desk sees after the pass read in publication order.
var oneSourcePasses = []struct {
	name    string
	total   bool
	figures []archiveFigure
	want    *orderReading
}{
	{"a total rising twice", true, []archiveFigure{{"1,100", "A", "", 2}, {"1,250", "A", "", 5}, {"more than 1,200", "A", "", 4}}, nil},
	// order49's open case: judged as read, 1,150 (hour 6) after 1,300
	// (hour 3) was a decrease listed as disputed when read before 1,400
	// (hour 9), and older than the accepted value, listed nowhere, when
	// read after it; and the alerts followed.
	{"a total and a lower figure between", true, []archiveFigure{{"1,300", "A", "", 3}, {"1,150", "A", "", 6}, {"1,400", "A", "", 9}},
		&orderReading{accepted: "A 1,400", agreeing: "A", disputed: "A 1,150 decrease",
			events: "change A 1,300 -> 1,400; decrease A 1,300 -> 1,150; change Z 1,000 -> 1,300"}},
	{"a level, two claimants", false, []archiveFigure{{"1,300", "A", "ministry", 3}, {"900", "A", "army", 4}, {"about 1,300", "A", "", 8}}, nil},
	{"a total, one figure in two stories", true, []archiveFigure{{"1,120", "A", "", 3}, {"1,120", "A", "", 3}, {"1,180", "A", "", 7}}, nil},
}

// TestOneSourcePassOrder: a live pass reads one source's articles in the
// order its page lists them, which says nothing of when each was written.
// The value accepted, the outlets agreeing with it, the disagreements
// listed and the alerts queued must be the same in every order, each
// article in a transaction of its own or all in one: a pass judges what
// it read in publication order (storeInOrder). What may follow the order,
// and is not compared: which of two near copies is the original (the
// first read), or the one more outlet (provenance).
func TestOneSourcePassOrder(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		run := 0
		for _, pass := range oneSourcePasses {
			judge := func(string) (Policy, MetricInfo) {
				return Policy{Total: pass.total, ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "m"}
			}
			for _, oneBatch := range []bool{false, true} {
				var first orderReading
				var firstOrder []int
				permutations(len(pass.figures), func(order []int) {
					run++
					metric := fmt.Sprintf("one%d", run)
					base := article(fmt.Sprintf("https://z.example/one/%d", run), "Z", t0, metric)
					if _, err := Process(ctx, s, base, []model.Observation{obs(metric, "1,000", t)}, judge); err != nil {
						t.Fatal(err)
					}
					fetched := t0.Add(12 * time.Hour)
					var items []Item
					for _, i := range order {
						url := fmt.Sprintf("https://a.example/one/%d/%d", run, i)
						items = append(items, figureItem(t, "a", url, pass.figures[i], metric, fetched))
					}
					passItems(t, s, items, judge, oneBatch, fetched)
					got := readOrder(t, s, metric)
					got.agreeing = strings.Join(uniqueOutlets(got.agreeing), ",")
					got.events = readEvents(t, s, metric)
					if firstOrder == nil {
						first, firstOrder = got, order
						if pass.want != nil && got != *pass.want {
							t.Errorf("%s (one batch %v): read in order %v:\n  %+v\nwant\n  %+v", pass.name, oneBatch, order, got, *pass.want)
						}
						return
					}
					if got != first {
						t.Errorf("%s (one batch %v): read in order %v:\n  %+v\nread in order %v:\n  %+v", pass.name, oneBatch, firstOrder, first, order, got)
					}
				})
			}
		}
	})
}

// passItems stores items as a pass does what it read (storeInOrder), all
// in one transaction (oneBatch) or each in a transaction of its own, the
// pass judging at the given time.
func passItems(t *testing.T, s store.Store, items []Item, judge Judge, oneBatch bool, at time.Time) {
	t.Helper()
	size := 1
	if oneBatch {
		size = len(items)
	}
	if _, err := storeInOrder(context.Background(), s, items, make([]itemKind, len(items)), judge, size, at, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
}

// uniqueOutlets is a comma-joined list of outlets, each once.
func uniqueOutlets(list string) []string {
	var out []string
	seen := map[string]bool{}
	for _, o := range strings.Split(list, ",") {
		if o != "" && !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	return out
}
