package tracker

import (
	"slices"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/config"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// reading reads a figure the way the rules engine would.
func reading(t *testing.T, text string) rules.Value {
	t.Helper()
	fs := figures.Find(text)
	if len(fs) != 1 {
		t.Fatalf("%q: want one figure, got %d", text, len(fs))
	}
	f := fs[0]
	return rules.Value{Name: "value", Figure: f}
}

var day = time.Date(2024, 3, 25, 12, 0, 0, 0, time.UTC)

func TestDecide(t *testing.T) {
	total := Policy{Total: true, ConflictWindow: 48 * time.Hour}
	plain := Policy{ConflictWindow: 48 * time.Hour}
	cases := []struct {
		name      string
		p         Policy
		cur       string
		curOutlet string
		curAt     time.Time
		new       string
		newOutlet string
		newAt     time.Time
		want      Outcome
	}{
		{"range excludes the value", total, "32,490", "A", day, "exceeded 33,000", "A", day.Add(24 * time.Hour), Change},
		{"more precise, different", total, "more than 32,000", "A", day, "32,490", "B", day.Add(time.Hour), Change},
		{"vaguer and consistent", total, "32,490", "A", day, "more than 32,000", "B", day.Add(time.Hour), Corroborates},
		{"vaguer, same number", total, "32,000", "A", day, "more than 32,000", "B", day.Add(time.Hour), Corroborates},
		{"same figure elsewhere", total, "33,091", "A", day, "33,091", "B", day.Add(time.Hour), Corroborates},
		{"total goes down, same outlet", total, "33,091", "A", day, "32,800", "A", day.Add(time.Hour), Decrease},
		{"total lower from another outlet, same window", total, "33,091", "A", day, "30,500", "B", day.Add(time.Hour), Conflict},
		{"total lower from another outlet, much later", total, "33,091", "A", day, "30,500", "B", day.Add(10 * 24 * time.Hour), Decrease},
		{"total higher from another outlet", total, "33,091", "A", day, "33,500", "B", day.Add(time.Hour), Change},
		{"non-total disagreement in window", plain, "1.4 million", "A", day, "1.1 million", "B", day.Add(time.Hour), Conflict},
		{"non-total moves, same outlet", plain, "1.4 million", "A", day, "1.1 million", "A", day.Add(time.Hour), Change},
		{"late scrape of old news", total, "33,091", "A", day, "31,900", "B", day.Add(-48 * time.Hour), Stale},
		{"old news that agrees", total, "33,091", "A", day, "more than 30,000", "B", day.Add(-48 * time.Hour), Corroborates},
		{"approximate agrees", plain, "700", "A", day, "some 700", "B", day.Add(time.Hour), Corroborates},
		// desk54: a looser bound of the same side says nothing new (it was
		// posted as a change of −10); a tighter one is news.
		{"looser lower bound", total, "at least 14,310", "A", day, "more than 14,300", "B", day.Add(time.Hour), Corroborates},
		{"looser lower bound, same outlet", total, "more than 33,000", "A", day, "at least 32,500", "A", day.Add(time.Hour), Corroborates},
		{"looser upper bound", plain, "fewer than 200", "A", day, "under 250", "B", day.Add(time.Hour), Corroborates},
		{"tighter lower bound", total, "more than 14,300", "A", day, "at least 14,310", "B", day.Add(time.Hour), Change},
		{"tighter upper bound", plain, "under 250", "A", day, "fewer than 200", "B", day.Add(time.Hour), Change},
	}
	for _, c := range cases {
		cur := &State{Readings: []rules.Value{reading(t, c.cur)}, Outlet: c.curOutlet, Published: c.curAt}
		got := Decide(c.p, cur, Candidate{Readings: []rules.Value{reading(t, c.new)}, Outlet: c.newOutlet, Published: c.newAt})
		if got != c.want {
			t.Errorf("%s: %q then %q: got %s, want %s", c.name, c.cur, c.new, got, c.want)
		}
	}
}

func TestDecideBaselineAndThreshold(t *testing.T) {
	if got := Decide(Policy{}, nil, Candidate{Readings: []rules.Value{reading(t, "700")}}); got != Baseline {
		t.Errorf("first value: %s", got)
	}
	p := Policy{Total: true, MinChange: rules.Threshold{Amount: 1, Percent: true}}
	cur := &State{Readings: []rules.Value{reading(t, "33,000")}, Outlet: "A", Published: day}
	if got := Decide(p, cur, Candidate{Readings: []rules.Value{reading(t, "33,100")}, Outlet: "A", Published: day.Add(time.Hour)}); got != Small {
		t.Errorf("0.3%% rise under a 1%% threshold: %s", got)
	}
	if got := Decide(p, cur, Candidate{Readings: []rules.Value{reading(t, "34,000")}, Outlet: "A", Published: day.Add(time.Hour)}); got != Change {
		t.Errorf("3%% rise: %s", got)
	}
}

func TestDecideSeveralValues(t *testing.T) {
	prisoners, hostages := reading(t, "some 700"), reading(t, "40")
	prisoners.Name, hostages.Name = "prisoners", "hostages"
	cur := &State{Readings: []rules.Value{prisoners, hostages}, Outlet: "A", Published: day}
	p2 := reading(t, "700")
	p2.Name = "prisoners"
	h2 := reading(t, "33")
	h2.Name = "hostages"
	if got := Decide(Policy{}, cur, Candidate{Readings: []rules.Value{p2, h2}, Outlet: "A", Published: day.Add(time.Hour)}); got != Change {
		t.Errorf("new offer: %s", got)
	}
	h3 := hostages
	// "700" after "some 700": more precise, but the same value, so it agrees.
	if got := Decide(Policy{}, cur, Candidate{Readings: []rules.Value{p2, h3}, Outlet: "B", Published: day.Add(time.Hour)}); got != Corroborates {
		t.Errorf("700 after some 700: %s", got)
	}
}

// A headline bound read through the shipped rules must not cry wolf: after
// an accepted 33,091, "Gaza toll tops 33,000" says the toll is over 33,000,
// which 33,091 is, so it corroborates; it is no lower figure.
func TestDecideHeadlineBoundThroughShippedRules(t *testing.T) {
	specs, err := config.LoadRuleFiles([]string{"../metrics/israel-gaza.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	eng, err := rules.Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	var spec rules.MetricSpec
	for _, s := range specs {
		if s.ID == "gaza_death_toll" {
			spec = s
		}
	}
	var got []rules.Value
	for _, o := range eng.Extract("Gaza toll tops 33,000") {
		if o.Metric == spec.ID {
			got = o.Values
		}
	}
	if len(got) != 1 || got[0].Value != 33000 {
		t.Fatalf("the shipped rules read %v from the headline, want 33,000", got)
	}
	cur := &State{Readings: []rules.Value{reading(t, "33,091")}, Outlet: "A", Published: day}
	for _, outlet := range []string{"A", "B"} {
		c := Candidate{Readings: got, Outlet: outlet, Published: day.Add(time.Hour)}
		if o := Decide(PolicyOf(spec, 48*time.Hour), cur, c); o != Corroborates {
			t.Errorf("outlet %s: %q after 33,091: got %s, want corroborates", outlet, "Gaza toll tops 33,000", o)
		}
	}
}

// TestDecideBacklog: a figure from an article published before the
// metric's tracking began (State.TrackedSince) is backlog, not news. One
// newer than the accepted value's article refines the baseline silently;
// a lower total or a conflicting outlet is recorded as such but not
// posted; an older one is history as before. An article published after
// tracking began is judged as it always was, and a state that does not
// know when tracking began (zero) has no backlog.
func TestDecideBacklog(t *testing.T) {
	total := Policy{Total: true, ConflictWindow: 48 * time.Hour}
	plain := Policy{ConflictWindow: 48 * time.Hour}
	threshold := Policy{Total: true, ConflictWindow: 48 * time.Hour, MinChange: rules.Threshold{Amount: 1, Percent: true}}
	began := day.Add(36 * time.Hour) // the first pass, a day and a half after the accepted article
	cases := []struct {
		name      string
		p         Policy
		cur       string
		curOutlet string
		since     time.Time
		new       string
		newOutlet string
		newAt     time.Time
		want      Outcome
	}{
		{"newer archive figure from another source", total, "32,490", "A", began, "33,091", "B", day.Add(24 * time.Hour), Backlog},
		{"newer archive figure, same outlet", plain, "1.4 million", "A", began, "1.1 million", "A", day.Add(time.Hour), Backlog},
		{"newer archive figure under min_change", threshold, "33,000", "A", began, "33,100", "B", day.Add(24 * time.Hour), Backlog},
		{"newer archive figure that agrees", total, "32,490", "A", began, "more than 32,000", "B", day.Add(time.Hour), Corroborates},
		{"newer archive total that is lower", total, "33,091", "A", began, "32,800", "A", day.Add(time.Hour), BacklogDecrease},
		{"newer archive conflict of a level: the newest is the baseline", plain, "1.4 million", "A", began, "1.1 million", "B", day.Add(time.Hour), Backlog},
		{"older archive conflict of a level: listed", plain, "1.4 million", "A", began, "1.1 million", "B", day.Add(-time.Hour), BacklogConflict},
		{"archive conflict of a level at the same time: the first read stays", plain, "1.4 million", "A", began, "1.1 million", "B", day, BacklogConflict},
		{"older archive level outside the window", plain, "1.4 million", "A", began, "1.1 million", "B", day.Add(-72 * time.Hour), Stale},
		{"newer archive total lower elsewhere", total, "33,091", "A", began, "30,500", "B", day.Add(time.Hour), BacklogConflict},
		{"older archive figure", total, "33,091", "A", began, "31,900", "B", day.Add(-48 * time.Hour), Stale},
		{"older archive figure that agrees", total, "33,091", "A", began, "more than 30,000", "B", day.Add(-48 * time.Hour), Corroborates},
		{"published after tracking began", total, "32,490", "A", began, "33,091", "B", began.Add(time.Minute), Change},
		{"lower after tracking began", total, "33,091", "A", began, "32,800", "A", began.Add(time.Minute), Decrease},
		{"published as tracking began", total, "32,490", "A", began, "33,091", "B", began, Change},
		{"tracking start unknown", total, "32,490", "A", time.Time{}, "33,091", "B", day.Add(24 * time.Hour), Change},
	}
	for _, c := range cases {
		cur := &State{Readings: []rules.Value{reading(t, c.cur)}, Outlet: c.curOutlet, Published: day, TrackedSince: c.since}
		got := Decide(c.p, cur, Candidate{Readings: []rules.Value{reading(t, c.new)}, Outlet: c.newOutlet, Published: c.newAt})
		if got != c.want {
			t.Errorf("%s: %q then %q: got %s, want %s", c.name, c.cur, c.new, got, c.want)
		}
	}
}

// TestSupersedes: when a newer archive figure of a level replaces the
// accepted value it disagrees with, the replaced value is the one listed
// (backlog_conflict), as it is when it is read second; nothing else
// relabels the value it replaces.
func TestSupersedes(t *testing.T) {
	plain := Policy{ConflictWindow: 48 * time.Hour}
	total := Policy{Total: true, ConflictWindow: 48 * time.Hour}
	began := day.Add(96 * time.Hour) // the first pass, four days after the accepted article
	cur := &State{Readings: []rules.Value{reading(t, "about 5,000")}, Outlet: "A", Claimant: "council", Published: day, TrackedSince: began}
	cases := []struct {
		name     string
		p        Policy
		new      string
		outlet   string
		claimant string
		at       time.Time
		want     bool
	}{
		{"newer conflicting level", plain, "6,150", "B", "shelters", day.Add(30 * time.Hour), true},
		{"newer conflicting level, unattributed", plain, "6,150", "B", "", day.Add(30 * time.Hour), true},
		{"newer level, same outlet and claimant", plain, "6,150", "A", "council", day.Add(30 * time.Hour), false},
		// One claimant through another outlet, later: its update, not a
		// disagreement (otherSide).
		{"newer level, same claimant elsewhere", plain, "6,150", "B", "council", day.Add(30 * time.Hour), false},
		{"newer level outside the window", plain, "6,150", "B", "shelters", day.Add(50 * time.Hour), false},
		{"newer level that agrees", plain, "5,020", "B", "shelters", day.Add(time.Hour), false},
		{"live conflicting level", plain, "6,150", "B", "shelters", began.Add(time.Hour), false},
		{"total", total, "6,150", "B", "shelters", day.Add(time.Hour), false},
	}
	for _, c := range cases {
		cand := Candidate{Readings: []rules.Value{reading(t, c.new)}, Outlet: c.outlet, Claimant: c.claimant, Published: c.at}
		o, ok := Supersedes(c.p, cur, cand)
		if ok != c.want || (ok && o != BacklogConflict) {
			t.Errorf("%s: Supersedes = %v, %v; want %v", c.name, o, ok, c.want)
		}
	}
}

// TestDecideUndatedArchive: a figure from an undated article read on its
// source's first pass is the archive's past of unknown age: taken as older
// than any figure the metric has, it never replaces the accepted value
// nor is posted, whatever it would have been had it been dated as read (a
// change, a lower total, a conflict); it is the baseline when there is
// none, and corroborates when it agrees. Undated on a later pass, the
// same figure is news as of when it was read.
func TestDecideUndatedArchive(t *testing.T) {
	total := Policy{Total: true, ConflictWindow: 48 * time.Hour}
	plain := Policy{ConflictWindow: 48 * time.Hour}
	read := day.Add(36 * time.Hour) // when the first pass read it, after tracking began
	cases := []struct {
		name    string
		p       Policy
		cur     string // "" for no accepted value
		new     string
		outlet  string
		archive bool
		want    Outcome
	}{
		{"first figure of all", total, "", "33,091", "B", true, Baseline},
		{"higher total", total, "32,490", "33,091", "B", true, BacklogUndated},
		{"lower total, same outlet", total, "33,091", "32,800", "A", true, BacklogUndated},
		{"conflicting outlet", plain, "1.4 million", "1.1 million", "B", true, BacklogUndated},
		{"agrees", total, "32,490", "more than 32,000", "B", true, Corroborates},
		{"later pass: higher total", total, "32,490", "33,091", "B", false, Change},
		{"later pass: lower total", total, "33,091", "32,800", "A", false, Decrease},
		{"later pass: conflicting outlet", plain, "1.4 million", "1.1 million", "B", false, Conflict},
	}
	for _, c := range cases {
		var cur *State
		if c.cur != "" {
			cur = &State{Readings: []rules.Value{reading(t, c.cur)}, Outlet: "A", Published: day.Add(30 * time.Hour), TrackedSince: day.Add(35 * time.Hour)}
		}
		got := Decide(c.p, cur, Candidate{Readings: []rules.Value{reading(t, c.new)}, Outlet: c.outlet, Published: read, UndatedArchive: c.archive})
		if got != c.want {
			t.Errorf("%s: %q then %q: got %s, want %s", c.name, c.cur, c.new, got, c.want)
		}
	}
	// An undated baseline is stored with no date (see
	// SourcePass.modelArticle): any dated figure is newer, so an archive's
	// dated figure refines it silently and a live one is news.
	cur := &State{Readings: []rules.Value{reading(t, "32,490")}, Outlet: "A", TrackedSince: read}
	if got := Decide(total, cur, Candidate{Readings: []rules.Value{reading(t, "33,091")}, Outlet: "B", Published: day}); got != Backlog {
		t.Errorf("a dated archive figure after an undated baseline: got %s, want backlog", got)
	}
	if got := Decide(total, cur, Candidate{Readings: []rules.Value{reading(t, "33,091")}, Outlet: "B", Published: read.Add(time.Hour)}); got != Change {
		t.Errorf("a live figure after an undated baseline: got %s, want change", got)
	}
}

// TestOutcomeNamed reads every outcome back from the name observations
// record, and refuses a name no outcome has.
func TestOutcomeNamed(t *testing.T) {
	for o := Baseline; o <= LastOutcome; o++ {
		if got, ok := OutcomeNamed(o.String()); !ok || got != o {
			t.Errorf("OutcomeNamed(%q) = %v, %v; want %v, true", o.String(), got, ok, o)
		}
	}
	if _, ok := OutcomeNamed("posted"); ok {
		t.Error(`OutcomeNamed("posted") found an outcome`)
	}
}

// TestOutcomeDisputesNeverReplaces: a disagreement the desk is shown is
// never also the accepted value, or the dashboard would list as disputed
// the very figure it charts as current.
func TestOutcomeDisputesNeverReplaces(t *testing.T) {
	var disputed []Outcome
	for o := Baseline; o <= LastOutcome; o++ {
		if o.Disputes() && o.Replaces() {
			t.Errorf("%v both disputes and replaces the accepted value", o)
		}
		if o.Disputes() {
			disputed = append(disputed, o)
		}
	}
	if want := []Outcome{Decrease, Conflict, BacklogDecrease, BacklogConflict}; !slices.Equal(disputed, want) {
		t.Errorf("disputing outcomes %v, want %v", disputed, want)
	}
}

// TestDecideNewYearOfCalendarYearTotal is desk52b's migration desk: a
// running total written with since: year counts the calendar year, so
// January's first figure, below December's, is the new year's first
// reading, not a lower total flagged as a possible correction (from the
// archive's past: backlog, not posted). A total with a start, one with no
// since and one whose words say "this
// year" but gives no since keep the rule.
func TestDecideNewYearOfCalendarYearTotal(t *testing.T) {
	yearly := PolicyOf(rules.MetricSpec{Total: true, Name: "Sea arrivals in Italy", Since: rules.StartDate{Calendar: true}}, 48*time.Hour)
	since := PolicyOf(rules.MetricSpec{Total: true, Name: "Sea arrivals in Italy this year", Since: rules.StartDate{Year: 2026}}, 48*time.Hour)
	named := PolicyOf(rules.MetricSpec{Total: true, Name: "US foreign military sales to Israel since the war began"}, 48*time.Hour)
	silent := PolicyOf(rules.MetricSpec{Total: true, Name: "War deaths", Description: "Deaths in the war, which has spread to the west this year",
		Examples: []rules.Example{{Text: "Strikes killed 9,000 people this year."}}}, 48*time.Hour)
	dec := time.Date(2026, 12, 30, 9, 0, 0, 0, time.UTC)
	jan := time.Date(2027, 1, 4, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name     string
		p        Policy
		cur, new string
		newAt    time.Time
		outlet   string
		want     Outcome
	}{
		{"new year, lower: the year's first reading", yearly, "62,015", "812", jan, "A", Baseline},
		{"new year, lower, another outlet: no conflict", yearly, "62,015", "about 800", jan.Add(-80 * time.Hour), "B", Baseline},
		{"new year, higher: a change", yearly, "62,015", "62,400", jan, "A", Change},
		{"same year, lower: a possible correction", yearly, "62,015", "61,000", dec.Add(time.Hour), "A", Decrease},
		{"a start given: lower in a new year is lower", since, "62,015", "812", jan, "A", Decrease},
		{"no since: lower in a new year is lower", named, "120", "14", jan, "A", Decrease},
		{"no since, words of this year: lower in a new year is lower", silent, "21,000", "9,000", jan, "A", Decrease},
	}
	for _, c := range cases {
		cur := &State{Readings: []rules.Value{reading(t, c.cur)}, Outlet: "A", Published: dec}
		got := Decide(c.p, cur, Candidate{Readings: []rules.Value{reading(t, c.new)}, Outlet: c.outlet, Published: c.newAt})
		if got != c.want {
			t.Errorf("%s: %q then %q: got %s, want %s", c.name, c.cur, c.new, got, c.want)
		}
	}
	cur := &State{Readings: []rules.Value{reading(t, "62,015")}, Outlet: "A", Published: dec, TrackedSince: jan.Add(30 * 24 * time.Hour)}
	if got := Decide(yearly, cur, Candidate{Readings: []rules.Value{reading(t, "812")}, Outlet: "A", Published: jan}); got != Backlog {
		t.Errorf("the archive's new year: got %s, want backlog (taken, not posted)", got)
	}
}
