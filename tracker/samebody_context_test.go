package tracker

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/store"
)

// TestOneBodyByClaimantContext is user50's outbreak desk: a metric scoped
// by its disease (cholera), not its country, and a configured claimant
// whose context names the country (Kesara). A radio bulletin's "the health
// ministry", in a transcript that names no place, was a claimant of its
// own: judged by claimant, the ministry's rise to 290 was its "first
// reading" and posted nothing. The words "Kesara's health ministry" has
// beyond it are the configured claimant's own, as a scope place's would
// be, so it is that claimant's figure. Near misses stay two claimants:
// another country's ministry, a qualifier that is no word of the
// claimant's, an unconfigured "Kesara's health ministry" (only a
// configured claimant's words say where its story is), and another remit.
func TestOneBodyByClaimantContext(t *testing.T) {
	finder, err := claimant.New([]claimant.Entity{{ID: "kesara_health_ministry", Name: "Kesara health ministry",
		Aliases: []string{"Kesara's health ministry"}, BareAliases: []string{"the health ministry"}, Context: []string{"Kesara", "Port Ivel"}}})
	if err != nil {
		t.Fatal(err)
	}
	type named struct{ id, words string }
	cases := []struct {
		name          string
		before, later named
		same          bool
	}{
		{"the health ministry after the configured Kesara's", named{"kesara_health_ministry", "Kesara's health ministry"}, named{"", "health ministry"}, true},
		{"the health ministry after the configured one named by its capital", named{"kesara_health_ministry", "Port Ivel health ministry"}, named{"", "health ministry"}, true},
		{"near miss: Orsa's after the configured Kesara's", named{"kesara_health_ministry", "Kesara's health ministry"}, named{"", "Orsa's health ministry"}, false},
		{"near miss: a qualifier no word of the claimant's", named{"kesara_health_ministry", "Kesara's federal health ministry"}, named{"", "health ministry"}, false},
		{"near miss: an unconfigured Kesara's", named{"", "Kesara's health ministry"}, named{"", "health ministry"}, false},
		{"near miss: another remit", named{"kesara_health_ministry", "Kesara's health ministry"}, named{"", "water ministry"}, false},
	}
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		for n, c := range cases {
			metric := fmt.Sprintf("cholera%d", n)
			judge := func(string) (Policy, MetricInfo) {
				return Policy{Total: true, ByClaimant: true, ConflictWindow: 48 * time.Hour},
					MetricInfo{Name: "Kesara cholera deaths", Unit: "people", Scope: []string{"cholera"}, claimantOwn: finder.OwnWord}
			}
			day0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
			for i, b := range []named{c.before, c.later} {
				u := fmt.Sprintf("https://ctx%d.example/%d", n, i)
				o := claimed(t, metric, fmt.Sprint(180+110*i), b.id, b.words)
				if _, err := Process(ctx, s, article(u, "Coastline Broadcasting", day0.Add(time.Duration(i)*time.Hour), u), []model.Observation{o}, judge); err != nil {
					t.Fatal(err)
				}
			}
			hist, err := s.History(ctx, metric)
			if err != nil {
				t.Fatal(err)
			}
			last, prev := hist[len(hist)-1], hist[len(hist)-2]
			if got := store.ClaimantKey(last) == store.ClaimantKey(prev); got != c.same {
				t.Errorf("%s: later keyed %q, before %q: same %v, want %v", c.name, store.ClaimantKey(last), store.ClaimantKey(prev), got, c.same)
			}
		}
		pending(t, s)
	})
}
