package tracker

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestEarlierValues reads the count a sentence says its figure changed
// from, in several outlets' styles (my own prose), and nothing from
// sentences that only set two figures side by side.
func TestEarlierValues(t *testing.T) {
	cases := []struct {
		quote string
		want  []float64
	}{
		{"About 62,010 people are now displaced across Haldor, up from the 61,250 the emergency office gave this morning.", []float64{61250}},
		{"Displaced: 62,010 (down from 63,400 at dawn), the provincial office says.", []float64{63400}},
		{"The agency revised its figure from 61,250 to 62,010 after counting two more shelters.", []float64{61250}},
		{"Officials raised their earlier count of 61,250 to 62,010 late on Tuesday.", []float64{61250}},
		{"The office now puts the number at 62,010, against a previous estimate of 61,250.", []float64{61250}},
		{"HALDOR FLOOD: 62,010 NOW HOMELESS, COMPARED WITH 61,250 AT NOON", []float64{61250}},
		{"SPOKESWOMAN: We now have 62,010 people in the centres, that's up from 61,250 when I last spoke to you.", []float64{61250}},
		// Two figures with no change between them.
		{"Of the 62,010 people displaced, 61,250 are in Haldor's northern districts.", nil},
		{"Some 62,010 people have fled, the office said, and 1,200 homes were lost.", nil},
		{"The count of 62,010 displaced people is the office's first.", nil},
		{"The earlier flood, in 2019, displaced 61,250 people.", nil},
	}
	for _, c := range cases {
		if got := earlierValues(c.quote); !slices.Equal(got, c.want) {
			t.Errorf("earlierValues(%q) = %v, want %v", c.quote, got, c.want)
		}
	}
}

// TestOwnUpdateIsAChange: two outlets carry one claimant's figures of the
// same minute. Where the later names the first as the claimant's figure
// before ("up from the 61,250 it gave this morning"), the claimant has
// changed it: a change, not "reports disagree". It failed on main (a
// conflict). Where it names another value, or none, the two reports
// still disagree.
func TestOwnUpdateIsAChange(t *testing.T) {
	cases := []struct {
		name, quote string
		want        Outcome
	}{
		{"names the accepted value", "About 62,010 people are displaced, up from the 61,250 it gave this morning, the emergency office said.", Change},
		{"revised from it", "The emergency office revised its count from 61,250 to 62,010.", Change},
		{"its earlier count", "The emergency office raised its earlier count of 61,250 to 62,010.", Change},
		{"a later statement", "In a later statement the emergency office put the number of displaced at 62,010.", Change},
		{"names another value", "About 62,010 people are displaced, up from 58,000 last week, the emergency office said.", Conflict},
		{"names none", "About 62,010 people are displaced, the emergency office said.", Conflict},
	}
	level := func(string) (Policy, MetricInfo) {
		return Policy{ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "Displaced", Unit: "people"}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eachStore(t, func(t *testing.T, open func() store.Store) {
				s := open()
				ctx := context.Background()
				at := t0.Add(90 * time.Minute) // to the minute: one moment for both
				first := claimed(t, "displaced", "61,250", "haldor_emergency", "")
				first.Quote = "Some 61,250 people have been displaced, the emergency office said."
				if _, err := Process(ctx, s, article("https://wire.example/1", "Meridian Wire", at, "one"), []model.Observation{first}, level); err != nil {
					t.Fatal(err)
				}
				next := claimed(t, "displaced", "62,010", "haldor_emergency", "")
				next.Quote = c.quote
				outs, err := Process(ctx, s, article("https://voice.example/1", "Kesh Voice", at, "two"), []model.Observation{next}, level)
				if err != nil {
					t.Fatal(err)
				}
				if outs[0] != c.want {
					t.Errorf("%q: %s, want %s", c.quote, outs[0], c.want)
				}
			})
		})
	}
}

// TestUpdatesOwn reads a claimant's later word on its own count, naming
// no earlier value, and leaves a count merely due later or another's.
func TestUpdatesOwn(t *testing.T) {
	cases := []struct {
		quote string
		want  bool
	}{
		{"The emergency office raised its toll of displaced people to 62,010.", true},
		{"Haldor officials have revised their estimate, now saying 62,010 people are homeless.", true},
		{"The office later said 62,010 people had left their homes.", true},
		{"In a later statement, the office put the number at 62,010.", true},
		{"In its latest update the emergency office said 62,010 people were displaced.", true},
		{"The agency updated the figure to 62,010 on Tuesday evening.", true},
		{"Some 62,010 people are displaced, the office said, and a new count is expected later.", false},
		{"The office said 62,010 people were displaced; aid groups raised funds for tents.", false},
		{"The update on the dam came as 62,010 people waited in shelters.", false},
	}
	for _, c := range cases {
		if got := updatesOwn(c.quote); got != c.want {
			t.Errorf("updatesOwn(%q) = %v, want %v", c.quote, got, c.want)
		}
	}
}
