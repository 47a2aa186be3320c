package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// weekly is the policy of walk57's weekly metric, a level whose sentence
// must name the week (require: [week]).
func weekly() Policy {
	return PolicyOf(rules.MetricSpec{ID: "weekly_cases", Require: []string{"week"}}, 48*time.Hour)
}

// TestDecideCountPerPeriod: of a count per period, another outlet's figure
// of a later period is that period's reading (a change), one of the same
// period that cannot be true with the accepted one disagrees however far
// apart they ran, and an earlier period's read late is history. t0 is a
// Monday. Fails on main: the next week's figure within the conflict
// window was a conflict, the same week's five days later a change.
func TestDecideCountPerPeriod(t *testing.T) {
	monthly := PolicyOf(rules.MetricSpec{ID: "monthly_deaths", Name: "Monthly deaths", Period: "month"}, 48*time.Hour)
	level := PolicyOf(rules.MetricSpec{ID: "sheltering", Description: "Families camped in the border town."}, 48*time.Hour)
	updated := PolicyOf(rules.MetricSpec{ID: "sheltering", Description: "People sheltering in the Kessa camps, a figure the agency updates twice a day."}, 48*time.Hour)
	sun := t0.Add(-21 * time.Hour) // Sunday noon, the week before t0's
	cases := []struct {
		name         string
		p            Policy
		cur          string
		curAt, curAs time.Time
		new          string
		at, as       time.Time
		want         Outcome
	}{
		{"next week, another outlet", weekly(), "1,236", sun, sun, "1,390", t0, t0, Change},
		// desk59: neither dated, either side of a Monday within the
		// conflict window: one week's count, published after it.
		{"either side of a Monday, neither dated", weekly(), "1,236", sun, time.Time{}, "1,390", t0, time.Time{}, Conflict},
		{"either side of a Monday, three days apart", weekly(), "1,236", sun.Add(-24 * time.Hour), time.Time{}, "1,390", t0.Add(24 * time.Hour), time.Time{}, Change},
		{"same week, another outlet", weekly(), "1,390", t0, time.Time{}, "1,420", t0.Add(6 * time.Hour), time.Time{}, Conflict},
		{"same week, five days apart", weekly(), "1,390", t0, time.Time{}, "1,450", t0.Add(5 * 24 * time.Hour), time.Time{}, Conflict},
		{"same week, agreeing", weekly(), "1,390", t0, time.Time{}, "about 1,400", t0.Add(24 * time.Hour), time.Time{}, Corroborates},
		{"next week, same outlet", weekly(), "1,236", sun, time.Time{}, "1,100", t0, time.Time{}, Change},
		{"dated to last week, published this week", weekly(), "1,390", t0, time.Time{}, "1,236", t0.Add(26 * time.Hour), sun, Stale},
		{"dated to this week, both", weekly(), "1,390", t0.Add(24 * time.Hour), t0, "1,236", t0.Add(30 * time.Hour), t0, Conflict},
		{"dated to last week: the accepted one", weekly(), "1,236", t0.Add(time.Hour), sun, "1,390", t0.Add(2 * time.Hour), time.Time{}, Change},
		{"next month", monthly, "212", t0.Add(6 * 24 * time.Hour), t0.Add(6 * 24 * time.Hour), "180", t0.Add(7 * 24 * time.Hour), t0.Add(7 * 24 * time.Hour), Change},
		{"either side of a month's first day, neither dated", monthly, "212", t0.Add(6 * 24 * time.Hour), time.Time{}, "180", t0.Add(7 * 24 * time.Hour), time.Time{}, Conflict},
		{"next month, neither dated, a week apart", monthly, "212", t0.Add(2 * 24 * time.Hour), time.Time{}, "180", t0.Add(9 * 24 * time.Hour), time.Time{}, Change},
		{"same month", monthly, "212", t0.Add(-20 * 24 * time.Hour), time.Time{}, "180", t0.Add(-19 * 24 * time.Hour), time.Time{}, Conflict},
		// Near misses: a level at one time keeps the conflict window, and
		// so does one whose prose says how often it is updated (review58).
		{"a level across a Monday", level, "1,236", sun, time.Time{}, "1,390", t0, time.Time{}, Conflict},
		{"updated twice a day", updated, "41,000", sun, time.Time{}, "52,000", t0, time.Time{}, Conflict},
		{"a level five days apart", level, "1,390", t0, time.Time{}, "1,450", t0.Add(5 * 24 * time.Hour), time.Time{}, Change},
	}
	for _, c := range cases {
		cur := &State{Readings: []rules.Value{reading(t, c.cur)}, Outlet: "WHO", Published: c.curAt, AsOf: c.curAs}
		if c.name == "next week, same outlet" {
			cur.Outlet = "Ministry"
		}
		got := Decide(c.p, cur, Candidate{Readings: []rules.Value{reading(t, c.new)}, Outlet: "Ministry", Published: c.at, AsOf: c.as})
		if got != c.want {
			t.Errorf("%s: %s then %s: got %s, want %s", c.name, c.cur, c.new, got, c.want)
		}
	}
}

// TestCountPerPeriodArchive: in the archive's past, another outlet's figure
// of the next week is the value the archive moves to, silently, and the
// week before is not listed as a disagreement; of the same week, the newer
// is the value and the older listed, as for any level (levelBacklog).
func TestCountPerPeriodArchive(t *testing.T) {
	sun := t0.Add(-21 * time.Hour)
	tracked := t0.Add(48 * time.Hour)
	for _, c := range []struct {
		name       string
		curAt, at  time.Time
		want       Outcome
		supersedes bool
	}{
		{"next week", sun, t0, Backlog, false},
		{"same week", t0, t0.Add(6 * time.Hour), Backlog, true},
		{"same week, older", t0.Add(6 * time.Hour), t0, BacklogConflict, false},
	} {
		cur := &State{Readings: []rules.Value{reading(t, "1,236")}, Outlet: "WHO", Published: c.curAt, TrackedSince: tracked, AsOf: c.curAt}
		cand := Candidate{Readings: []rules.Value{reading(t, "1,390")}, Outlet: "Ministry", Published: c.at, AsOf: c.at}
		if got := Decide(weekly(), cur, cand); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
		if _, ok := Supersedes(weekly(), cur, cand); ok != c.supersedes {
			t.Errorf("%s: the value replaced is listed: %v, want %v", c.name, ok, c.supersedes)
		}
	}
}

// TestStoreWeeklyCountsOfTwoOutlets: through each store, the WHO's weekly
// figure on a Sunday and the ministry's of the next week on the Monday
// morning are two weeks' readings (one change posted, no "outlets
// disagree"); a wire's other figure for the ministry's week then
// disagrees, and the ministry's own figure stays the value. Fails on main:
// the ministry's figure was a conflict and the WHO's stayed the value.
func TestStoreWeeklyCountsOfTwoOutlets(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		judge := func(string) (Policy, MetricInfo) {
			return weekly(), MetricInfo{Name: "New cholera cases per week", Unit: "cases"}
		}
		// Each sentence numbers its week (desk59: two figures that
		// neither dates, a Sunday's and the next Monday morning's, count
		// one week).
		week := map[string]string{"1,180": "10", "1,236": "11", "1,390": "12", "1,420": "12"}
		step := func(a model.Article, figure string) Outcome {
			t.Helper()
			o := obs("weekly_cases", figure, t)
			o.Quote = "New cases in week " + week[figure] + ": " + figure + "."
			return processOne(ctx, t, s, a, o, judge)
		}
		if o := step(article("https://who.example/sitrep-47", "WHO", t0.Add(-7*24*time.Hour-21*time.Hour), "one"), "1,180"); o != Baseline {
			t.Fatalf("first: %s", o)
		}
		pending(t, s)
		if o := step(article("https://who.example/sitrep-48", "WHO", t0.Add(-21*time.Hour), "two"), "1,236"); o != Change {
			t.Fatalf("the WHO's next week: %s, want change", o)
		}
		if o := step(article("https://ministry.example/week-49", "Ministry", t0, "three"), "1,390"); o != Change {
			t.Errorf("the ministry's next week: %s, want change", o)
		}
		if o := step(article("https://wire.example/cholera", "Wire", t0.Add(3*time.Hour), "four"), "1,420"); o != Conflict {
			t.Errorf("the wire's other figure for the same week: %s, want conflict", o)
		}
		if cur, _, err := s.Current(ctx, "weekly_cases"); err != nil || cur == nil || cur.Readings[0].Value != 1390 {
			t.Fatalf("current: %+v %v, want 1,390", cur, err)
		}
		evs := pending(t, s)
		kinds := []string{}
		for _, e := range evs {
			kinds = append(kinds, string(e.Kind))
		}
		if len(evs) != 3 || evs[0].Kind != model.EventChange || evs[1].Kind != model.EventChange || evs[2].Kind != model.EventConflict {
			t.Fatalf("want change, change, conflict posted, got %v", kinds)
		}
	})
}
