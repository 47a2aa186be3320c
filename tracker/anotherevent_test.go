package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// swap is an exchange's pair as the rules read it.
func swap(t *testing.T, hostages, prisoners string) []rules.Value {
	return []rules.Value{side(t, "hostages", hostages), side(t, "prisoners", prisoners)}
}

// TestDecideAnotherExchange: for a metric of exchanges, a later swap told
// by another body is news (a change), when it says it is another one or
// its whole pair differs on a later day; two bodies' numbers for the same
// swap (the same day, or one side agreeing, with no word of another)
// still disagree. Fails on main: every later pair was a conflict.
func TestDecideAnotherExchange(t *testing.T) {
	events := PolicyOf(rules.MetricSpec{Values: map[string]rules.ValueSpec{"hostages": {}, "prisoners": {}}}, 48*time.Hour)
	if !events.Events {
		t.Fatal("a values: metric without total: should count events")
	}
	if PolicyOf(rules.MetricSpec{Values: map[string]rules.ValueSpec{"hostages": {}, "prisoners": {}}, Total: true}, 0).Events {
		t.Error("a values: metric with total: is a running total, not events")
	}
	cur := &State{Readings: swap(t, "3", "90"), Outlet: "Gulf Courier", Claimant: "hamas", Published: day}
	cases := []struct {
		name    string
		vals    []rules.Value
		after   time.Duration
		another bool
		want    Outcome
	}{
		{"the next swap two days later, both counts other", swap(t, "4", "120"), 46 * time.Hour, false, Change},
		{"the next swap the next morning, both counts other", swap(t, "4", "120"), 20 * time.Hour, false, Change},
		{"the same swap the same day, one count agreeing", swap(t, "3", "110"), 3 * time.Hour, false, Conflict},
		{"the same day, both counts other, no word of another", swap(t, "4", "120"), 3 * time.Hour, false, Conflict},
		{"the same day, said to be the second exchange", swap(t, "4", "120"), 3 * time.Hour, true, Change},
		{"the same day, one count agreeing, said to be another swap", swap(t, "3", "110"), 3 * time.Hour, true, Conflict},
		{"a later day, one count agreeing, no word of another", swap(t, "3", "110"), 30 * time.Hour, false, Conflict},
		{"a later day, one count agreeing, said to be another swap", swap(t, "3", "110"), 30 * time.Hour, true, Change},
		{"a later day, the same pair, no word of another", swap(t, "3", "90"), 30 * time.Hour, false, Corroborates},
		{"a later day, the same pair, said to be another swap after a first report", swap(t, "3", "90"), 30 * time.Hour, true, Change},
		{"one side alone a later day", []rules.Value{side(t, "prisoners", "120")}, 30 * time.Hour, false, Conflict},
	}
	for _, c := range cases {
		cand := Candidate{Readings: c.vals, Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: day.Add(c.after), Another: c.another}
		if got := Decide(events, cur, cand); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
	// The same pair a later day is the next swap when its sentence ranks
	// it after the accepted one or dates it after that report; the
	// accepted swap recapped, by the rank it was told by, agrees.
	ranked, marked := *cur, *cur
	ranked.Another, ranked.Ordinal = true, 2
	marked.Another = true // "another 3 captives ...": a rank not known
	for _, c := range []struct {
		name    string
		cur     *State
		ordinal int
		told    time.Time
		at      time.Duration
		want    Outcome
	}{
		{"the second exchange after the first swap's report", cur, 2, time.Time{}, 30 * time.Hour, Change},
		{"the second exchange the same day", cur, 2, time.Time{}, 3 * time.Hour, Corroborates},
		{"the second exchange recapped after the second exchange", &ranked, 2, time.Time{}, 30 * time.Hour, Corroborates},
		{"the third exchange after the second", &ranked, 3, time.Time{}, 30 * time.Hour, Change},
		{"the latest swap told of the next day", &ranked, 0, dayOf(day.Add(24 * time.Hour)), 30 * time.Hour, Change},
		{"the latest swap after the second", &ranked, 0, time.Time{}, 30 * time.Hour, Corroborates},
		{"the second exchange after another swap of no rank", &marked, 2, time.Time{}, 30 * time.Hour, Corroborates},
		{"another swap after another swap of no rank", &marked, 0, time.Time{}, 30 * time.Hour, Corroborates},
	} {
		cand := Candidate{Readings: swap(t, "3", "90"), Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: day.Add(c.at), Another: true, Ordinal: c.ordinal, Told: c.told}
		if got := Decide(events, c.cur, cand); got != c.want {
			t.Errorf("the same pair, %s: got %s, want %s", c.name, got, c.want)
		}
	}
	// Ranked no higher than the accepted swap, other counts are that
	// swap's disputed, not the next one's.
	recap := Candidate{Readings: swap(t, "4", "120"), Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: day.Add(30 * time.Hour), Another: true, Ordinal: 2}
	if got := Decide(events, &ranked, recap); got != Conflict {
		t.Errorf("the second exchange's other counts after the second exchange: got %s, want conflict", got)
	}
	// A swap to come is no swap made: planned, whatever its counts.
	plan := Candidate{Readings: swap(t, "4", "120"), Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: day.Add(46 * time.Hour), ToCome: true}
	if got := Decide(events, cur, plan); got != Planned {
		t.Errorf("a swap to come: got %s, want planned", got)
	}
	// A level of one figure, or a metric not of events, keeps its rule.
	level := Policy{ConflictWindow: 48 * time.Hour}
	if got := Decide(level, cur, Candidate{Readings: swap(t, "4", "120"), Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: day.Add(46 * time.Hour), Another: true}); got != Conflict {
		t.Errorf("not a metric of events: got %s, want conflict", got)
	}
	// The archive's past: the later swap is taken as the value, and the
	// one before is not relisted as a conflict with it; the same swap's
	// other numbers are (Supersedes, newestLevel).
	arch := *cur
	arch.TrackedSince = day.Add(30 * 24 * time.Hour)
	next := Candidate{Readings: swap(t, "4", "120"), Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: day.Add(46 * time.Hour)}
	if got := Decide(events, &arch, next); got != Backlog {
		t.Errorf("the archive's next swap: got %s, want backlog", got)
	}
	if _, ok := Supersedes(events, &arch, next); ok {
		t.Error("the archive's next swap lists the one before as a conflict")
	}
	same := Candidate{Readings: swap(t, "3", "110"), Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: day.Add(3 * time.Hour)}
	if o, ok := Supersedes(events, &arch, same); !ok || o != BacklogConflict {
		t.Errorf("the archive's same swap, disagreeing: the one before becomes %s (%v), want backlog_conflict", o, ok)
	}
}

// swapObs is an observation of an exchange by a claimant, its sentence quote.
func swapObs(hostages, prisoners float64, claimant, quote string) model.Observation {
	return model.Observation{Metric: "prisoners_for_hostages", Readings: []model.Reading{
		{Name: "hostages", Value: hostages, Low: &hostages, High: &hostages},
		{Name: "prisoners", Value: prisoners, Low: &prisoners, High: &prisoners}},
		Quote: quote, Rule: "values", ClaimantWords: claimant, ClaimantHow: "sentence"}
}

// TestAnotherExchangeIsNews: through the store, the second swap two days
// after the first, told by another body, moves the accepted pair and
// queues a change marked as another exchange; a third body's other
// numbers for that same swap, the same day, are "claimants disagree"; the
// next day's swap, repeating one count, is dated by its sentence's
// "Thursday" and is news too.
// Fails on main: the second swap was a conflict and the pair stayed.
func TestAnotherExchangeIsNews(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		pol := PolicyOf(rules.MetricSpec{Values: map[string]rules.ValueSpec{"hostages": {}, "prisoners": {}}, AnnounceFirst: true}, 48*time.Hour)
		judge := func(string) (Policy, MetricInfo) {
			return pol, MetricInfo{Name: "Prisoners released for hostages", Unit: "people"}
		}
		steps := []struct {
			url, outlet string
			at          time.Duration
			o           model.Observation
			want        Outcome
		}{
			{"https://courier.example/swap1", "Gulf Courier", 0, swapObs(3, 90, "Hamas", "Hamas said it freed three hostages for 90 Palestinian prisoners."), Baseline},
			{"https://post.example/swap2", "Harbour Post", 46 * time.Hour, swapObs(4, 120, "Israel's prime minister's office", "Four hostages were freed for 120 prisoners, according to the premier's office."), Change},
			{"https://ledger.example/swap2", "Ledger", 49 * time.Hour, swapObs(4, 150, "the Palestinian Prisoners' Society", "Four hostages went home and 150 prisoners were freed, according to the Prisoners' Society."), Conflict},
			// The next day's swap repeats one count: its sentence dates it.
			{"https://gazette.example/swap3", "Gazette", 70 * time.Hour, swapObs(4, 150, "Qatar's foreign ministry", "Four captives went home on Thursday for 150 inmates, Doha's diplomats said."), Change},
		}
		for _, st := range steps {
			a := article(st.url, st.outlet, t0.Add(st.at), st.o.Quote)
			outs, err := Process(ctx, s, a, []model.Observation{sentenceEvent(t, st.o, a.Published)}, judge)
			if err != nil {
				t.Fatal(err)
			}
			if outs[0] != st.want {
				t.Errorf("%s: %s, want %s", st.url, outs[0], st.want)
			}
		}
		acc := accepted(t, s, "prisoners_for_hostages", "")
		if acc == nil || acc.Outlet != "Gazette" {
			t.Fatalf("accepted %+v, want the third swap", acc)
		}
		evs := pending(t, s)
		var kinds []model.EventKind
		for _, e := range evs {
			kinds = append(kinds, e.Kind)
			if e.Kind == model.EventChange && !e.Payload.Another {
				t.Errorf("the second swap's change is not marked as another exchange: %+v", e.Payload)
			}
		}
		if len(kinds) != 4 || kinds[1] != model.EventChange || kinds[2] != model.EventConflict || kinds[3] != model.EventChange {
			t.Errorf("events %v, want first, change, conflict, change", kinds)
		}
	})
}

// TestDecideAnotherExchangeByItsDay: the day a sentence says its swap
// happened dates it. A swap told of a day after the accepted report was
// published is another one, one count agreeing or not (a series that
// repeats one side); a swap told of the accepted report's own day, read
// the day after, is that swap unless the sentence says otherwise and its
// whole pair differs.
func TestDecideAnotherExchangeByItsDay(t *testing.T) {
	events := Policy{Events: true, ConflictWindow: 48 * time.Hour}
	cur := &State{Readings: swap(t, "3", "90"), Outlet: "Gulf Courier", Claimant: "hamas", Published: day} // a Monday, noon
	tuesday := day.Add(22 * time.Hour)
	cases := []struct {
		name    string
		vals    []rules.Value
		told    time.Time
		another bool
		want    Outcome
	}{
		{"told of Tuesday, one count repeated", swap(t, "3", "110"), tuesday.Truncate(24 * time.Hour), false, Change},
		{"told of Monday, read on Tuesday, both counts other", swap(t, "4", "120"), day.Truncate(24 * time.Hour), false, Conflict},
		{"told of Monday, read on Tuesday, said to be the second exchange", swap(t, "4", "120"), day.Truncate(24 * time.Hour), true, Change},
		{"no day told, read on Tuesday, one count repeated", swap(t, "3", "110"), time.Time{}, false, Conflict},
		{"told of Sunday, before the accepted Monday report, said to be the second exchange", swap(t, "4", "120"), day.Truncate(24*time.Hour).AddDate(0, 0, -1), true, Conflict},
	}
	for _, c := range cases {
		cand := Candidate{Readings: c.vals, Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: tuesday, Another: c.another, Told: c.told}
		if got := Decide(events, cur, cand); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
	// Past midnight UTC, "tonight" names the next day: within toldGap of
	// the accepted report it is that report's swap, its other numbers a
	// conflict.
	late := &State{Readings: swap(t, "13", "39"), Outlet: "Gulf Courier", Claimant: "hamas", Published: day.Add(9 * time.Hour)} // 21:00
	soon := day.Add(12*time.Hour + 30*time.Minute)                                                                              // 00:30
	tonight := sentenceEvent(t, swapObs(14, 39, "", "Fourteen captives were let go tonight for 39 inmates."), soon).EventTold
	cand := Candidate{Readings: swap(t, "14", "39"), Outlet: "Harbour Post", Claimant: "israeli_pmo", Published: soon, Told: tonight}
	if got := Decide(events, late, cand); got != Conflict {
		t.Errorf("'tonight' just past midnight UTC: got %s, want conflict", got)
	}
}
