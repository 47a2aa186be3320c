package tracker

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestAnnouncedFirstValueIsTheValueHeld: a metric with announce_first
// read from its archive, oldest first (a first pass, in one transaction
// or in several), announces its first value once, and the value it
// announces is the one the tracker holds when the announcement goes out,
// with its own outlet and quote: not the archive's oldest figure (61,230)
// while the value is the newest (61,442). An announcement already
// posted is not posted again when a newer archive figure comes.
func TestAnnouncedFirstValueIsTheValueHeld(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		day := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -5)
		type fig struct{ outlet, figure string }
		archive := []fig{{"Harbour Wire", "61,230"}, {"Island Courier", "61,300"}, {"Coast Herald", "61,442"}}
		for _, together := range []bool{true, false} {
			metric := fmt.Sprintf("arrivals-%v", together)
			judge := judgeWithNames(Policy{Total: true, AnnounceFirst: true, ConflictWindow: 48 * time.Hour})
			var items []Item
			for i, f := range archive {
				quote := "Some " + f.figure + " people have reached the islands by boat this year, the coast agency said."
				a := article(fmt.Sprintf("https://%s.example/%d", metric, i), f.outlet, day.Add(time.Duration(i)*24*time.Hour), quote)
				a.Fetched = time.Now()
				o := claimed(t, metric, f.figure, "", "coast agency")
				o.Quote = quote
				items = append(items, Item{Article: a, Observations: []model.Observation{o}})
			}
			if together {
				if _, err := ProcessBatch(ctx, s, items, judge); err != nil {
					t.Fatal(err)
				}
			} else {
				for _, it := range items {
					if _, err := ProcessBatch(ctx, s, []Item{it}, judge); err != nil {
						t.Fatal(err)
					}
				}
			}
			evs := pending(t, s)
			if len(evs) != 1 || evs[0].Kind != model.EventFirst {
				t.Fatalf("one transaction %v: posted %v, want one first value", together, evs)
			}
			n := evs[0].Payload.New
			if n.Readings[0].Text != "61,442" || n.Outlet != "Coast Herald" || n.Quote == "" || n.URL != fmt.Sprintf("https://%s.example/2", metric) {
				t.Errorf("one transaction %v: announced %s from %s (%s), want the value held, 61,442 from Coast Herald", together, n.Readings[0].Text, n.Outlet, n.URL)
			}
			if acc := accepted(t, s, metric, ""); acc.Readings[0].Text != n.Readings[0].Text {
				t.Errorf("one transaction %v: the value held is %s, announced %s", together, acc.Readings[0].Text, n.Readings[0].Text)
			}
		}
		// Posted already: a newer archive figure posts nothing more.
		metric := "arrivals-posted"
		judge := judgeWithNames(Policy{Total: true, AnnounceFirst: true, ConflictWindow: 48 * time.Hour})
		for i, f := range []string{"61,230", "61,442"} {
			quote := "Some " + f + " people have reached the islands by boat this year."
			a := article(fmt.Sprintf("https://posted.example/%d", i), "Harbour Wire", day.Add(time.Duration(i)*time.Hour), quote)
			a.Fetched = time.Now()
			o := obs(metric, f, t)
			o.Quote = quote
			if _, err := ProcessBatch(ctx, s, []Item{{Article: a, Observations: []model.Observation{o}}}, judge); err != nil {
				t.Fatal(err)
			}
			evs := pending(t, s)
			if i == 0 && (len(evs) != 1 || evs[0].Payload.New.Readings[0].Text != "61,230") || i == 1 && len(evs) != 0 {
				t.Errorf("figure %d: posted %v", i, evs)
			}
		}
	})
}
