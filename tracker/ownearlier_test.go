package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
	"gopkg.in/yaml.v3"
)

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
		{"revised from it", "The emergency office revised its count of displaced people from 61,250 to 62,010.", Change},
		{"its earlier count", "Some 62,010 people are displaced, the emergency office said, raising its earlier count of 61,250.", Change},
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
				next.Before, next.Updates = ownWordRead(t, c.quote)
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

// ownWordRead is what the rules read of a displaced figure's sentence
// (rules.Observation.Before, Updates), through a metric of mine.
func ownWordRead(t *testing.T, quote string) ([]float64, bool) {
	t.Helper()
	var f struct {
		Metrics []rules.MetricSpec `yaml:"metrics"`
	}
	spec := "metrics:\n  - {id: displaced, name: Displaced, unit: people, keywords: [displaced], window: 12}\n"
	if err := yaml.Unmarshal([]byte(spec), &f); err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(f.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	obs := eng.Extract(quote)
	if len(obs) != 1 || obs[0].Main().Value != 62010 {
		t.Fatalf("%q: the rules read %+v, want 62,010", quote, obs)
	}
	return obs[0].Before, obs[0].Updates
}
