package tracker

import (
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/rules"
)

// side is a figure of one named value of a swap, read as the rules would.
func side(t *testing.T, name, text string) rules.Value {
	t.Helper()
	v := reading(t, text)
	v.Name = name
	return v
}

// TestDecideOneSideOfSwap: a figure that gives one side of a swap (the
// rules give only whole pairs, docs/rules.md; a caller of Decide may not)
// is compared with that side of the accepted pair and only with it. The side
// it leaves unsaid is not zero, not lower and not changed: no decrease, no
// conflict, no change comes of it, under either policy.
func TestDecideOneSideOfSwap(t *testing.T) {
	cur := &State{Readings: []rules.Value{side(t, "hostages", "40"), side(t, "prisoners", "some 700")}, Outlet: "A", Published: day}
	later := day.Add(time.Hour)
	for _, p := range []Policy{{ConflictWindow: 48 * time.Hour}, {Total: true, ConflictWindow: 48 * time.Hour}} {
		cases := []struct {
			name   string
			vals   []rules.Value
			outlet string
			want   Outcome
		}{
			{"the hostages' side alone, the same figure, another outlet", []rules.Value{side(t, "hostages", "40")}, "B", Corroborates},
			{"the prisoners' side alone, the same figure, the same outlet", []rules.Value{side(t, "prisoners", "700")}, "A", Corroborates},
			{"the prisoners' side alone, vaguer and consistent, another outlet", []rules.Value{side(t, "prisoners", "hundreds of")}, "B", Corroborates},
			{"the hostages' side alone, moved by the accepted outlet", []rules.Value{side(t, "hostages", "50")}, "A", Change},
			{"the prisoners' side alone, another outlet disagreeing on that side", []rules.Value{side(t, "prisoners", "1,500")}, "B", Change},
		}
		if !p.Total {
			// A level: another outlet's figure of that side that cannot
			// be true with the accepted one is a conflict, on that side.
			cases[4].want = Conflict
			cases = append(cases, struct {
				name   string
				vals   []rules.Value
				outlet string
				want   Outcome
			}{"the hostages' side alone, another outlet's lower figure", []rules.Value{side(t, "hostages", "33")}, "B", Conflict})
		}
		for _, c := range cases {
			got := Decide(p, cur, Candidate{Readings: c.vals, Outlet: c.outlet, Published: later})
			if got != c.want {
				t.Errorf("total=%v, %s: got %s, want %s", p.Total, c.name, got, c.want)
			}
		}
	}
	// A side the accepted value lacks is that side's first figure: news.
	one := &State{Readings: []rules.Value{side(t, "hostages", "33")}, Outlet: "A", Published: day}
	pair := []rules.Value{side(t, "hostages", "33"), side(t, "prisoners", "1,000")}
	if got := Decide(Policy{ConflictWindow: 48 * time.Hour}, one, Candidate{Readings: pair, Outlet: "B", Published: later}); got != Change {
		t.Errorf("the pair after its hostages' side alone: got %s, want change", got)
	}
	if got := Decide(Policy{}, one, Candidate{Readings: pair, Outlet: "B", Published: day.Add(-time.Hour), UndatedArchive: true}); got != Corroborates {
		t.Errorf("an undated pair agreeing on the side accepted: got %s, want corroborates", got)
	}
}
