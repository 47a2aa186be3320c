package tracker

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/store"
)

// TestOneBodyAcrossOutlets: for a metric scoped to Spain, one outlet
// quotes "Spain's Health Ministry", another, hours later, "the health
// ministry": one body, the same kind, the only claimant of the metric
// whose name holds the other's words with nothing more than the metric's
// place. Its newer figure is its own change, not a second claimant's (no
// "claimants disagree", one value by claimant), and the words as written
// are kept. Near misses, two claimants as before (review48 M3): two
// countries' ministries, a remit or a country the metric is not scoped to
// between the two names in either order, a state's ministry and a federal
// one, two UN agencies, a wider name than a configured claimant's, a
// person.
func TestOneBodyAcrossOutlets(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		ctx := context.Background()
		s := open()
		n := 0
		type named struct{ id, words string }
		cases := []struct {
			name   string
			before []named // claimants of earlier figures, in order
			later  named
			same   bool // the later is the last before's body
		}{
			{"the health ministry after Spain's Health Ministry", []named{{"", "Spain's Health Ministry"}}, named{"", "health ministry"}, true},
			{"Spain's Health Ministry after the health ministry", []named{{"", "health ministry"}}, named{"", "Spain's Health Ministry"}, true},
			{"the Spain health ministry after the Ministry of Health", []named{{"", "Ministry of Health"}}, named{"", "Spain health ministry"}, true},
			{"the health ministry after a configured Spain ministry", []named{{"gaza_health_ministry", "Spain's health ministry"}}, named{"", "health ministry"}, true},
			{"the health ministry after Portugal's and Spain's", []named{{"", "Portugal's Health Ministry"}, {"", "Spain's Health Ministry"}}, named{"", "health ministry"}, true},
			{"near miss: Portugal's after Spain's", []named{{"", "Spain's Health Ministry"}}, named{"", "Portugal's Health Ministry"}, false},
			{"near miss: two remits", []named{{"", "Health Ministry"}}, named{"", "Defence Ministry"}, false},
			{"near miss: the ministry after the Health Ministry", []named{{"", "Health Ministry"}}, named{"", "ministry"}, false},
			{"near miss: the Defence Ministry after the ministry", []named{{"", "ministry"}}, named{"", "Defence Ministry"}, false},
			{"near miss: another country after the generic", []named{{"", "interior ministry"}}, named{"", "Italy's interior ministry"}, false},
			{"near miss: the generic after another country", []named{{"", "Italy's interior ministry"}}, named{"", "interior ministry"}, false},
			{"near miss: a state ministry after the federal one", []named{{"", "Ministry of Health"}}, named{"", "Khartoum State Ministry of Health"}, false},
			{"near miss: two UN agencies", []named{{"", "UN agency"}}, named{"", "UN refugee agency"}, false},
			{"near miss: two armies", []named{{"", "army"}}, named{"", "Chad's army"}, false},
			{"near miss: wider than a configured name", []named{{"gaza_health_ministry", "the Gaza health ministry"}}, named{"", "Spain Gaza health ministry"}, false},
			{"near miss: a person", []named{{"", "Mayor Dana Hart"}}, named{"", "Hart"}, false},
		}
		// review48 M8: a scope of two places names no one home body.
		twoPlaces := []struct {
			name          string
			before, later named
		}{
			{"near miss, scope Israel and Gaza: Israel's after the generic", named{"", "health ministry"}, named{"", "Israel's Health Ministry"}},
			{"near miss, scope Israel and Gaza: the generic after Israel's", named{"", "Israel's Health Ministry"}, named{"", "health ministry"}},
		}
		for _, c := range twoPlaces {
			n++
			metric := fmt.Sprintf("deaths%d", n)
			judge := func(string) (Policy, MetricInfo) {
				return Policy{Total: true, ByClaimant: true}, MetricInfo{Name: "m", Scope: []string{"Israel", "Gaza"}}
			}
			day0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
			for i, b := range []named{c.before, c.later} {
				u := fmt.Sprintf("https://two%d.example/%d", n, i)
				if _, err := Process(ctx, s, article(u, "Gulf Courier", day0.Add(time.Duration(i)*time.Hour), u), []model.Observation{claimed(t, metric, fmt.Sprint(1300+i), b.id, b.words)}, judge); err != nil {
					t.Fatal(err)
				}
			}
			hist, err := s.History(ctx, metric)
			if err != nil {
				t.Fatal(err)
			}
			if store.ClaimantKey(hist[0]) == store.ClaimantKey(hist[1]) {
				t.Errorf("%s: keyed as one claimant %q", c.name, store.ClaimantKey(hist[1]))
			}
		}
		pending(t, s)
		for _, pol := range []struct {
			name string
			p    Policy
		}{
			{"level", Policy{ConflictWindow: 48 * time.Hour}},
			{"by claimant", Policy{Total: true, ByClaimant: true, ConflictWindow: 48 * time.Hour}},
		} {
			for _, c := range cases {
				n++
				metric, site := fmt.Sprintf("deaths%d", n), fmt.Sprintf("https://body%d.example", n)
				p := pol.p
				judge := func(string) (Policy, MetricInfo) {
					return p, MetricInfo{Name: "Death toll", Unit: "people", ClaimantNames: names, Scope: []string{"Spain"}}
				}
				day0 := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
				for i, b := range c.before {
					u := fmt.Sprintf("%s/courier/%d", site, i)
					o := claimed(t, metric, fmt.Sprint(1300+i), b.id, b.words)
					if _, err := Process(ctx, s, article(u, "Gulf Courier", day0.Add(time.Duration(i)*time.Hour), u), []model.Observation{o}, judge); err != nil {
						t.Fatal(err)
					}
				}
				pending(t, s)
				o := claimed(t, metric, "1,420", c.later.id, c.later.words)
				u := site + "/radio/later"
				outs, err := Process(ctx, s, article(u, "Harbour Radio", day0.Add(6*time.Hour), u), []model.Observation{o}, judge)
				if err != nil {
					t.Fatal(err)
				}
				hist, err := s.History(ctx, metric)
				if err != nil {
					t.Fatal(err)
				}
				last, prev := hist[len(hist)-1], hist[len(hist)-2]
				gotSame := last.Claimant() == prev.Claimant() || store.ClaimantKey(last) == store.ClaimantKey(prev)
				if gotSame != c.same {
					t.Errorf("%s, %s: later keyed %q (written %q), before %q: same %v, want %v", pol.name, c.name, store.ClaimantKey(last), last.ClaimantWritten, store.ClaimantKey(prev), gotSame, c.same)
					continue
				}
				if !c.same {
					if last.ClaimantWords != c.later.words || last.ClaimantWritten != "" {
						t.Errorf("%s, %s: later stored as %q written %q, want as written", pol.name, c.name, last.ClaimantWords, last.ClaimantWritten)
					}
					continue
				}
				// (With two bodies before, a level's value is the first's:
				// the Spain ministry's figure conflicts with Portugal's.)
				if outs[0] != Change && len(c.before) == 1 || last.ClaimantWritten != c.later.words {
					t.Errorf("%s, %s: %s written %q, want the body's own change written %q", pol.name, c.name, outs[0], last.ClaimantWritten, c.later.words)
				}
				if pol.p.ByClaimant {
					values, err := s.AcceptedValues(ctx, metric)
					if err != nil {
						t.Fatal(err)
					}
					if len(values) != len(c.before) || values[len(values)-1].Readings[0].Value != 1420 {
						t.Errorf("%s, %s: %d values, want %d, the body's at 1,420", pol.name, c.name, len(values), len(c.before))
					}
				}
			}
		}
	})
}
