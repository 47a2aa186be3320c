package rules

import (
	"os"
	"path/filepath"
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
		for _, want := range c.Steps {
			if !strings.Contains(steps, want) {
				t.Errorf("%q: %s: no step %q in:\n%s", c.Text, c.Metric, want, steps)
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
	shipped, err := Compile(loadSpecFiles(t, append([]string{"../metrics/israel-gaza.yaml"}, glob(t, "../metrics/examples/*.yaml")...)...))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range glob(t, "testdata/corpus/*.dev.yaml") {
		for _, cs := range readCorpusTexts(t, f).Cases {
			check(shipped, cs.Text)
		}
	}
	// The examples hold each reader's class, the cases a check skipped
	// by explanations would show first: each under its own metrics.
	for _, f := range glob(t, "testdata/examples/*.yaml") {
		specs := loadSpecFiles(t, f)
		own, err := Compile(specs)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range specs {
			for _, ex := range sp.Examples {
				check(own, ex.Text)
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
