package rules

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestExplain checks that explanations give the engine's reasons, from
// testdata/explain.yaml, and that they change nothing it finds.
func TestExplain(t *testing.T) {
	e, cases := loadExplainCases(t)
	for _, c := range cases {
		obs, expl := e.Explain(c.Text)
		if render(t, obs) != render(t, e.Extract(c.Text)) {
			t.Errorf("%q: Explain found %s, Extract %s", c.Text, render(t, obs), render(t, e.Extract(c.Text)))
		}
		if len(expl) == 0 {
			t.Errorf("%q: no sentence explained", c.Text)
			continue
		}
		var got *MetricExplanation
		for i := range expl[0].Metrics {
			if expl[0].Metrics[i].Metric == c.Metric {
				got = &expl[0].Metrics[i]
			}
		}
		if got == nil {
			t.Errorf("%q: %s did not look at it: %+v", c.Text, c.Metric, expl[0])
			continue
		}
		steps := strings.Join(got.Steps, "\n")
		if got.Took != c.Took {
			t.Errorf("%q: %s took=%v, want %v:\n%s", c.Text, c.Metric, got.Took, c.Took, steps)
		}
		at := 0
		for _, want := range c.Steps {
			i := strings.Index(steps[at:], want)
			if i < 0 {
				what := "no step"
				if c.InOrder && strings.Contains(steps, want) {
					what = "out of order: step"
				}
				t.Errorf("%q: %s: %s %q in:\n%s", c.Text, c.Metric, what, want, steps)
				continue
			}
			if c.InOrder {
				at += i + len(want)
			}
		}
		for _, no := range c.Absent {
			if strings.Contains(steps, no) {
				t.Errorf("%q: %s: a step holds %q:\n%s", c.Text, c.Metric, no, steps)
			}
		}
	}
}

// TestExplainNotesCarryKinds: every note the engine makes while deciding
// carries a known kind and a reason, a note about a figure names it, and
// the explanation finds what Extract finds, over the explain cases, the
// shipped rules on the dev corpus and each examples file's own rules. Readers
// of explanations (rules misses) go by the kind, so a note without one
// would pass silently for a step on the way.
func TestExplainNotesCarryKinds(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	known := map[NoteKind]bool{}
	for _, k := range NoteKinds {
		known[k] = true
	}
	seen := map[NoteKind]int{}
	check := func(e *Engine, text string) {
		obs, expl := e.Explain(text)
		// An explanation must tell the decision Extract makes, not one
		// of its own: a check Extract asks and an explanation skipped
		// once made --explain take figures Extract dropped.
		if got, want := render(t, obs), render(t, e.Extract(text)); got != want {
			t.Errorf("%q: Explain found %s, Extract %s", text, got, want)
		}
		for _, se := range expl {
			for _, m := range se.Metrics {
				if len(m.Notes) != len(m.Steps) {
					t.Fatalf("%q: %s: %d notes for %d steps", se.Quote, m.Metric, len(m.Notes), len(m.Steps))
				}
				took := false
				for i, n := range m.Notes {
					seen[n.Kind]++
					switch {
					case !known[n.Kind]:
						t.Errorf("%q: %s: step %q has kind %q", se.Quote, m.Metric, m.Steps[i], n.Kind)
					case n.Reason == "":
						t.Errorf("%q: %s: step %q has no reason", se.Quote, m.Metric, m.Steps[i])
					case n.Figure != "" && !strings.Contains(m.Steps[i], strconv.Quote(n.Figure)):
						t.Errorf("%q: %s: step %q does not name its figure %q", se.Quote, m.Metric, m.Steps[i], n.Figure)
					}
					took = took || n.Kind == NoteTook
				}
				if took != m.Took {
					t.Errorf("%q: %s: took=%v but a took note: %v", se.Quote, m.Metric, m.Took, took)
				}
			}
		}
	}
	e, cases := loadExplainCases(t)
	for _, c := range cases {
		check(e, c.Text)
	}
	shipped := shipped(t).engine
	for i, f := range devFiles(t) {
		if skipUnderRace(i) {
			continue
		}
		for _, cs := range f.Cases {
			check(shipped, cs.Text)
		}
	}
	// The examples hold each reader's class, the cases a check skipped
	// by explanations would show first: each under its own metrics.
	for i, f := range examples(t) {
		if skipUnderRace(i) {
			continue
		}
		for _, sp := range f.specs {
			for _, ex := range sp.Examples {
				check(f.engine, ex.Text)
			}
		}
	}
	// The kinds rules misses tells apart must each be met.
	for _, k := range []NoteKind{NoteFound, NoteTook, NoteRefused, NoteExcluded, NoteTooFar, NoteNoFigure, NoteOutOfRange, NoteScopeMissing} {
		if seen[k] == 0 {
			t.Errorf("no note of kind %q met", k)
		}
	}
}

// explainCase is one case of testdata/explain.yaml: a text, the metric whose
// explanation it checks, whether that metric took a figure, and steps its
// explanation must hold.
type explainCase struct {
	Text   string   `yaml:"text"`
	Metric string   `yaml:"metric"`
	Took   bool     `yaml:"took"`
	Steps  []string `yaml:"steps"`
	// InOrder: Steps appear in this order (which reason is named first).
	InOrder bool `yaml:"in_order"`
	// Absent are words no step may hold.
	Absent []string `yaml:"absent"`
}

// loadExplainCases compiles testdata/explain.yaml's metrics and returns its
// cases.
func loadExplainCases(t *testing.T) (*Engine, []explainCase) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "explain.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Metrics []MetricSpec  `yaml:"metrics"`
		Cases   []explainCase `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	e, err := Compile(file.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	return e, file.Cases
}

// TestExplainOwnRuleFirst: when the metric's own window or exclude_near
// leaves a figure that a reading of the engine's (a part, a projection,
// an increment) leaves first, the explanation names the rule first, what
// its writer can act on, and the reading after it as "also"; a reading
// the rule would not have made stays alone. What is taken is Extract's.
func TestExplainOwnRuleFirst(t *testing.T) {
	low := 1000.0
	e, err := Compile([]MetricSpec{{ID: "flood_toll", Total: true, Keywords: []string{"@deaths"},
		ExcludeNear: []string{"@injuries"}, Scope: []string{"Mosul"}, Min: &low, Window: 6}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, figure string
		want         []string // the figure's notes, in order
		kinds        []NoteKind
	}{
		// exclude_near first, then ", with" (a detail of the earlier figure).
		{"Floods in Mosul have killed 1,250 people since March, with more than 4,000 injured.", "more than 4,000",
			[]string{`counts "injured" (exclude_near)`, `also a part or a detail of an earlier figure`},
			[]NoteKind{NoteExcluded, NoteRefused}},
		// exclude_near first, then "more" (added to a count).
		{"The storms that have hit Mosul since March, officials said on Tuesday evening in a statement, have killed 1,250 people, with 2,000 more hurt in the city.", "2,000",
			[]string{`excluded by "hurt" (exclude_near)`, `also added to a count`},
			[]NoteKind{NoteExcluded, NoteRefused}},
		// the window first, then the projection.
		{"Floods in Mosul have killed 1,250 people since March, officials said on Tuesday, and aid groups warn the number will reach 3,000 by the summer.", "3,000",
			[]string{`nearest keyword "killed" is 16 words away; window 6`, `also a projection ("will reach")`},
			[]NoteKind{NoteTooFar, NoteRefused}},
		// A part next to its own keyword: the rule would have taken it;
		// the reading stays alone.
		{"Floods in Mosul have now killed 1,250 people, including 1,100 who died in the old city.", "1,100",
			[]string{`a part or a detail of an earlier figure`},
			[]NoteKind{NoteRefused}},
	} {
		obs, expl := e.Explain(c.text)
		if got, want := render(t, obs), render(t, e.Extract(c.text)); got != want || !strings.Contains(got, "1250") {
			t.Errorf("%q: Explain found %s, Extract %s (want 1,250 taken)", c.text, got, want)
		}
		m := expl[0].Metrics[0]
		var steps []string
		var kinds []NoteKind
		for i, n := range m.Notes {
			if n.Figure == c.figure {
				steps, kinds = append(steps, m.Steps[i]), append(kinds, n.Kind)
				if n.Also != strings.Contains(m.Steps[i], ": also ") {
					t.Errorf("%q: step %q, Also=%v", c.text, m.Steps[i], n.Also)
				}
			}
		}
		ok := len(steps) == len(c.want) && slices.Equal(kinds, c.kinds)
		for i := 0; ok && i < len(steps); i++ {
			ok = strings.Contains(steps[i], c.want[i])
		}
		if !ok {
			t.Errorf("%q: %q's notes %q (%v), want %q (%v)", c.text, c.figure, steps, kinds, c.want, c.kinds)
		}
	}
}
