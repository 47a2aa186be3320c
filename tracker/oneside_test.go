package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// side is a figure of one named value of a swap, read as the rules would.
func side(t *testing.T, name, text string) rules.Value {
	t.Helper()
	v := reading(t, text)
	v.Name = name
	return v
}

// readingsText writes readings as name=value, in order.
func readingsText(rs []rules.Value) string {
	s := ""
	for i, r := range rs {
		if i > 0 {
			s += ","
		}
		s += r.Name + "=" + r.Text
	}
	return s
}

// TestDecideOneSideOfSwap: a figure that gives one side of a swap is
// compared with that side of the accepted pair and only with it. The side
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

// TestMerged: a candidate that replaces the accepted value keeps each
// value of it the candidate does not state, in the accepted order; one that
// states them all is accepted as it is.
func TestMerged(t *testing.T) {
	h40, p700 := side(t, "hostages", "40"), side(t, "prisoners", "some 700")
	cur := &State{Readings: []rules.Value{h40, p700}}
	cases := []struct {
		name string
		cur  *State
		c    []rules.Value
		want string
	}{
		{"no accepted value", nil, []rules.Value{side(t, "prisoners", "150")}, "prisoners=150"},
		{"the hostages' side alone", cur, []rules.Value{side(t, "hostages", "33")}, "hostages=33,prisoners=some 700"},
		{"the prisoners' side alone", cur, []rules.Value{side(t, "prisoners", "1,500")}, "hostages=40,prisoners=1,500"},
		{"a whole pair", cur, []rules.Value{side(t, "prisoners", "150"), side(t, "hostages", "50")}, "prisoners=150,hostages=50"},
		{"a pair after one side", &State{Readings: []rules.Value{h40}}, []rules.Value{side(t, "prisoners", "150"), side(t, "hostages", "50")}, "prisoners=150,hostages=50"},
		{"the other side after one side", &State{Readings: []rules.Value{h40}}, []rules.Value{side(t, "prisoners", "150")}, "hostages=40,prisoners=150"},
	}
	for _, c := range cases {
		if got := readingsText(Merged(c.cur, Candidate{Readings: c.c})); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
	single := []rules.Value{reading(t, "33,091")}
	if got := Merged(&State{Readings: []rules.Value{reading(t, "32,000")}}, Candidate{Readings: single}); &got[0] != &single[0] {
		t.Errorf("a single value is accepted as the candidate's own readings")
	}
}

// swapObs is an observation of a swap's values, name then figure text.
func swapObs(t *testing.T, pairs ...string) model.Observation {
	t.Helper()
	o := model.Observation{Metric: "swap", Quote: "q", Rule: "values"}
	for i := 0; i+1 < len(pairs); i += 2 {
		v := side(t, pairs[i], pairs[i+1])
		o.Readings = append(o.Readings, model.Reading{Name: v.Name, Value: v.Value, Low: v.Low, High: v.High, Qualifier: v.Qualifier.Name(), Text: v.Text})
	}
	return o
}

// acceptedText is a metric's accepted value, as the tracker compares with
// it and the dashboard shows it, as name=text in order.
func acceptedText(t *testing.T, s store.Store, metric string) string {
	t.Helper()
	acc, err := s.AcceptedValues(context.Background(), metric)
	if err != nil || len(acc) != 1 {
		t.Fatalf("accepted %s: %+v %v", metric, acc, err)
	}
	return readingsText(toReadings(acc[0].Readings))
}

// TestStoreOneSideOfSwap: through the store, a one-sided figure is stored
// as its article gave it (one reading) and moves only its side of the
// accepted pair; the other side stays accepted, so a later pair restating
// it agrees and posts nothing, and no lower figure or conflict is ever
// posted for the side left unsaid.
func TestStoreOneSideOfSwap(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		judge := func(string) (Policy, MetricInfo) {
			return Policy{ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "Prisoners for hostages", Unit: "people"}
		}
		step := func(a model.Article, o model.Observation) Outcome {
			t.Helper()
			outs, err := Process(ctx, s, a, []model.Observation{o}, judge)
			if err != nil {
				t.Fatal(err)
			}
			return outs[0]
		}
		if o := step(article("https://a.example/1", "A", t0, "one"), swapObs(t, "hostages", "40", "prisoners", "some 700")); o != Baseline {
			t.Fatalf("the pair: %s", o)
		}
		if o := step(article("https://b.example/1", "B", t0.Add(time.Hour), "two"), swapObs(t, "hostages", "40")); o != Corroborates {
			t.Errorf("the hostages' side alone, agreeing: %s", o)
		}
		if o := step(article("https://a.example/2", "A", t0.Add(2*time.Hour), "three"), swapObs(t, "hostages", "33")); o != Change {
			t.Errorf("the hostages' side alone, moved: %s", o)
		}
		if got := acceptedText(t, s, "swap"); got != "hostages=33,prisoners=some 700" {
			t.Errorf("accepted after one side moved: %s", got)
		}
		if o := step(article("https://c.example/1", "C", t0.Add(3*time.Hour), "four"), swapObs(t, "hostages", "33", "prisoners", "700")); o != Corroborates {
			t.Errorf("the pair restating the side kept: %s", o)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventChange || len(evs[0].Payload.New.Readings) != 1 || evs[0].Payload.New.Readings[0].Name != "hostages" {
			t.Fatalf("one change, of the hostages' side: %+v", evs)
		}
		hist, err := s.History(ctx, "swap")
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range hist {
			if o.Outcome == "conflict" || o.Outcome == "decrease" {
				t.Errorf("%s: %s", o.URL, o.Outcome)
			}
			if o.URL == "https://a.example/2" && len(o.Readings) != 1 {
				t.Errorf("the one-sided figure is stored as its article gave it: %+v", o.Readings)
			}
		}
	})
}

// TestStoreOneSideOfSwapArchive: a first pass reading an archive replays
// it in publication order, and a one-sided figure there keeps the other
// side too, whichever was read first: the pair of the morning and the
// hostages' side of the afternoon leave 33 hostages and some 700
// prisoners accepted.
func TestStoreOneSideOfSwapArchive(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		judge := func(string) (Policy, MetricInfo) {
			return Policy{ConflictWindow: 48 * time.Hour}, MetricInfo{Name: "Prisoners for hostages"}
		}
		fetched := t0.Add(1000 * time.Hour)
		archive := func(url, outlet string, hour int) model.Article {
			a := article(url, outlet, t0.Add(time.Duration(hour)*time.Hour), url)
			a.Fetched = fetched
			return a
		}
		figs := []struct {
			a model.Article
			o model.Observation
		}{
			{archive("https://a.example/pair", "A", 0), swapObs(t, "hostages", "40", "prisoners", "some 700")},
			{archive("https://a.example/side", "A", 6), swapObs(t, "hostages", "33")},
		}
		for _, order := range [][]int{{0, 1}, {1, 0}} {
			s := open()
			for _, i := range order {
				if _, err := Process(context.Background(), s, figs[i].a, []model.Observation{figs[i].o}, judge); err != nil {
					t.Fatal(err)
				}
			}
			if got := acceptedText(t, s, "swap"); got != "hostages=33,prisoners=some 700" {
				t.Errorf("order %v: accepted %s", order, got)
			}
			if evs := pending(t, s); len(evs) != 0 {
				t.Errorf("order %v: the archive posts nothing, got %d events", order, len(evs))
			}
		}
	})
}
