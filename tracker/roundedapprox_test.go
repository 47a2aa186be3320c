package tracker

import (
	"context"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules"
	"github.com/claimtrack/claimtrack/store"
)

// TestDecideApproximateRounding: an approximate figure restates the
// accepted value only when that value, rounded to the unit the figure's
// digits show, is the figure's value; its ±10% range alone would hide a
// rise of thousands (walk55: "about 47,500" after "some 44,000" agreed).
// Fails on main for every Change case below.
func TestDecideApproximateRounding(t *testing.T) {
	total := Policy{Total: true, ConflictWindow: 48 * time.Hour}
	level := Policy{ConflictWindow: 48 * time.Hour}
	gated := Policy{Total: true, MinChange: rules.Threshold{Amount: 10, Percent: true}}
	cases := []struct {
		name     string
		p        Policy
		cur, new string
		want     Outcome
	}{
		// The fault: moves the ±10% hid.
		{"approximate rise after approximate", total, "some 44,000", "about 47,500", Change},
		{"approximate rise after exact", total, "33,091", "about 36,000", Change},
		{"approximate rise, another outlet", total, "some 44,000", "roughly 46,000", Change},
		{"approximate rise in millions", total, "1.2 million", "about 1.3 million", Change},
		// Another outlet's lower level within the window is a conflict, as
		// an exact one is (round56: consistent agrees with movedPast).
		{"approximate level lower", level, "33,091", "about 31,000", Conflict},
		{"approximate rise under min_change", gated, "33,091", "about 34,500", Small},
		{"approximate level lower after approximate", level, "some 44,000", "about 40,500", Conflict},
		{"approximate after a bound", total, "more than 44,000", "about 47,500", Change},
		// Near misses: restatements keep "agrees".
		{"rounded restatement", total, "34,183", "about 34,000", Corroborates},
		{"rounded up", total, "33,612", "about 34,000", Corroborates},
		{"looser restatement", total, "some 44,000", "about 40,000", Corroborates},
		{"same approximate", total, "some 44,000", "about 44,000", Corroborates},
		{"half step", total, "47,310", "about 47,500", Corroborates},
		{"rounded in millions", total, "1,348,200", "about 1.35 million", Corroborates},
		{"nearly, then about within it", level, "nearly 50,000", "about 48,000", Corroborates},
		{"level rounded down", level, "33,091", "about 33,000", Corroborates},
		// A lower approximate total is an echo at worst, as before.
		{"lower approximate total", total, "34,183", "about 33,000", Corroborates},
		{"lower approximate total, far", total, "some 44,000", "about 40,500", Corroborates},
		// Bounds and ranges keep their rules.
		{"bound after approximate", total, "some 44,000", "more than 45,000", Change},
		{"looser bound after exact", total, "33,091", "more than 30,000", Corroborates},
		{"nearly after exact", total, "33,091", "nearly 35,000", Corroborates},
		{"range around it", total, "33,091", "between 30,000 and 36,000", Corroborates},
		{"approximate total excludes it, lower", total, "33,091", "about 29,000", Conflict},
	}
	for _, c := range cases {
		got := decideAfter(t, c.p, c.cur, c.new, "B", day.Add(time.Hour))
		if got != c.want {
			t.Errorf("%s: %q then %q: got %s, want %s", c.name, c.cur, c.new, got, c.want)
		}
	}
}

// TestDecideApproximateRoundingPerName: readings of several values are
// judged each against its own name.
func TestDecideApproximateRoundingPerName(t *testing.T) {
	named := func(name, text string) rules.Value { v := reading(t, text); v.Name = name; return v }
	cur := &State{Readings: []rules.Value{named("killed", "1,203"), named("injured", "4,480")}, Outlet: "A", Published: day}
	p := Policy{Total: true}
	same := Candidate{Readings: []rules.Value{named("killed", "about 1,200"), named("injured", "about 4,500")}, Outlet: "B", Published: day.Add(time.Hour)}
	if got := Decide(p, cur, same); got != Corroborates {
		t.Errorf("both restated: got %s, want corroborates", got)
	}
	moved := Candidate{Readings: []rules.Value{named("killed", "about 1,200"), named("injured", "about 5,000")}, Outlet: "B", Published: day.Add(time.Hour)}
	if got := Decide(p, cur, moved); got != Change {
		t.Errorf("injured moved: got %s, want change", got)
	}
}

// TestStoreApproximateRiseIsPosted: through the store, "about 47,500"
// after an accepted "some 44,000" is posted as a change and becomes the
// value, while "about 48,000" after it restates it. Fails on main: the
// rise was judged "agrees" and never posted (walk55).
func TestStoreApproximateRiseIsPosted(t *testing.T) {
	eachStore(t, func(t *testing.T, open func() store.Store) {
		s := open()
		ctx := context.Background()
		step := stepper(ctx, t, s, "displaced", judgeTotal)
		if o := step(article("https://courier.example/1", "Courier", t0, "one"), "some 44,000"); o != Baseline {
			t.Fatalf("first: %s", o)
		}
		pending(t, s)
		if o := step(article("https://voice.example/2", "Voice", t0.Add(24*time.Hour), "two"), "about 47,500"); o != Change {
			t.Errorf("about 47,500 after some 44,000: %s, want change", o)
		}
		evs := pending(t, s)
		if len(evs) != 1 || evs[0].Kind != model.EventChange || evs[0].Payload.New.Readings[0].Value != 47500 {
			t.Fatalf("want the rise posted, got %+v", evs)
		}
		if cur, _, err := s.Current(ctx, "displaced"); err != nil || cur == nil || cur.Readings[0].Value != 47500 {
			t.Errorf("current: %+v %v", cur, err)
		}
		if o := step(article("https://wire.example/3", "Wire", t0.Add(25*time.Hour), "three"), "about 48,000"); o != Corroborates {
			t.Errorf("about 48,000 after about 47,500: %s, want corroborates", o)
		}
		if o := step(article("https://wire.example/4", "Wire", t0.Add(26*time.Hour), "four"), "about 47,000"); o != Corroborates {
			t.Errorf("lower approximate total: %s, want corroborates", o)
		}
		if evs := pending(t, s); len(evs) != 0 {
			t.Errorf("restatements posted: %+v", evs)
		}
	})
}
