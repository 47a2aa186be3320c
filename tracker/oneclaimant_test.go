package tracker

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// TestDecideOneClaimantThroughTwoOutlets: two outlets quoting one named
// claimant at different times are the claimant updating its figure, not
// outlets disagreeing: the later moves the value (a lower total is still
// a possible correction), the earlier read late is stale, and in the
// archive the newer is the baseline with nothing listed. Two claimants,
// an unattributed side, or one claimant's figure given differently as of
// a moment the two times cannot tell apart (the same second, the same
// minute when one is given to the minute, the same day when both are
// dated by the day) still conflict.
func TestDecideOneClaimantThroughTwoOutlets(t *testing.T) {
	total := Policy{Total: true, ConflictWindow: 48 * time.Hour}
	plain := Policy{ConflictWindow: 48 * time.Hour}
	began := day.Add(36 * time.Hour)
	midnight := day.Truncate(24 * time.Hour)
	cases := []struct {
		name                  string
		p                     Policy
		since                 time.Time
		curClaimant           string
		new, outlet, claimant string
		at                    time.Time
		want                  Outcome
	}{
		{"a utility's count falling, quoted by another outlet", plain, time.Time{}, "utility", "41,200", "B", "utility", day.Add(time.Hour), Change},
		{"a ministry's toll, a broadcaster after a wire", total, time.Time{}, "ministry", "33,545", "B", "ministry", day.Add(20 * time.Minute), Change},
		{"the same claimant's lower total elsewhere: a possible correction", total, time.Time{}, "ministry", "30,500", "B", "ministry", day.Add(time.Hour), Decrease},
		{"the same claimant's earlier figure read late", plain, time.Time{}, "utility", "58,000", "B", "utility", day.Add(-time.Hour), Stale},
		{"the same claimant as of the same moment: reports disagree", plain, time.Time{}, "utility", "41,200", "B", "utility", day, Conflict},
		{"the same claimant in the same minute, one to the minute", plain, time.Time{}, "utility", "41,200", "B", "utility", day.Add(40 * time.Second), Conflict},
		{"the same claimant a minute later", plain, time.Time{}, "utility", "41,200", "B", "utility", day.Add(time.Minute), Change},
		{"the same claimant the same day, both dated by the day", plain, time.Time{}, "utility", "41,200", "B", "utility", midnight, Conflict},
		{"the same claimant the next day, both dated by the day", plain, time.Time{}, "utility", "41,200", "B", "utility", midnight.Add(24 * time.Hour), Change},
		{"another claimant elsewhere", plain, time.Time{}, "utility", "41,200", "B", "county", day.Add(time.Hour), Conflict},
		{"another claimant in the same outlet", plain, time.Time{}, "utility", "41,200", "A", "county", day.Add(time.Hour), Conflict},
		{"an unattributed figure elsewhere", plain, time.Time{}, "utility", "41,200", "B", "", day.Add(time.Hour), Conflict},
		{"the accepted value unattributed", plain, time.Time{}, "", "41,200", "B", "utility", day.Add(time.Hour), Conflict},
		{"archive: the claimant's newer figure elsewhere is the baseline", plain, began, "utility", "41,200", "B", "utility", day.Add(time.Hour), Backlog},
		{"archive: the claimant's older figure elsewhere is stale", plain, began, "utility", "58,000", "B", "utility", day.Add(-time.Hour), Stale},
		{"archive: another claimant's older figure is listed", plain, began, "utility", "58,000", "B", "county", day.Add(-time.Hour), BacklogConflict},
	}
	for _, c := range cases {
		at := day
		if c.at.Truncate(24 * time.Hour).Equal(c.at) {
			at = midnight // a day-only date against a day-only date
		}
		cur := &State{Readings: []rules.Value{reading(t, "52,800")}, Outlet: "A", Claimant: c.curClaimant, Published: at, TrackedSince: c.since}
		if c.p.Total {
			cur.Readings = []rules.Value{reading(t, "33,091")}
		}
		cand := Candidate{Readings: []rules.Value{reading(t, c.new)}, Outlet: c.outlet, Claimant: c.claimant, Published: c.at}
		if got := Decide(c.p, cur, cand); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
		if _, ok := Supersedes(c.p, cur, cand); ok {
			t.Errorf("%s: relabels the value it replaces", c.name)
		}
	}
}

// TestOneClaimantThroughTwoOutletsInTheStore: through Process, in each
// store, a utility's hourly outage count carried by two outlets in turn
// moves the value each hour and queues changes, not conflicts; another
// claimant's incompatible figure in the window still queues a conflict.
func TestOneClaimantThroughTwoOutletsInTheStore(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		judge := judgeWithNames(Policy{AnnounceFirst: true, ConflictWindow: 48 * time.Hour})
		steps := []struct {
			url, outlet, figure, words string
			want                       Outcome
		}{
			{"https://courier.example/out-1", "Gulf Courier", "52,800", "Coastal Power", Baseline},
			{"https://radio.example/out-2", "Harbour Radio", "41,200", "Coastal Power", Change},
			{"https://courier.example/out-3", "Gulf Courier", "30,050", "Coastal Power", Change},
			{"https://radio.example/out-4", "Harbour Radio", "64,000", "the county emergency office", Conflict},
		}
		var got []Outcome
		for i, st := range steps {
			a := article(st.url, st.outlet, t0.Add(time.Duration(i)*time.Hour), st.url)
			outs, err := Process(ctx, s, a, []model.Observation{claimed(t, "outages", st.figure, "", st.words)}, judge)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, outs[0])
		}
		want := []Outcome{Baseline, Change, Change, Conflict}
		if !slices.Equal(got, want) {
			t.Errorf("outcomes %v, want %v", got, want)
		}
		var kinds []string
		for _, e := range pending(t, s) {
			kinds = append(kinds, string(e.Kind)+" "+e.Payload.Conflict)
		}
		if w := []string{"first ", "change ", "change ", "conflict claimants"}; !slices.Equal(kinds, w) {
			t.Errorf("events %q, want %q", kinds, w)
		}
		if acc := accepted(t, s, "outages", ""); acc.Readings[0].Value != 30050 {
			t.Errorf("accepted %v, want the utility's latest 30,050", acc.Readings[0].Value)
		}
	})
}

// TestSameMoment: two times are one moment when the coarser of them
// cannot tell them apart: to the second, within a minute given to the
// minute, within a day given by the day.
func TestSameMoment(t *testing.T) {
	at := time.Date(2026, 12, 6, 9, 40, 12, 0, time.UTC)
	midnight := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		a, b time.Time
		want bool
	}{
		{at, at, true},
		{at, at.Add(5 * time.Second), false},
		{at.Truncate(time.Minute), at, true},
		{at.Truncate(time.Minute), at.Add(time.Minute), false},
		{midnight, at, true},
		{midnight, midnight.Add(24 * time.Hour), false},
		{midnight.Add(-time.Second), midnight, false},
	}
	for _, c := range cases {
		if got := sameMoment(c.a, c.b); got != c.want || sameMoment(c.b, c.a) != c.want {
			t.Errorf("sameMoment(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
