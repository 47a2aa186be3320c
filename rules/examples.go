package rules

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// ExampleResult is the outcome of one example of one metric.
type ExampleResult struct {
	Metric string
	Origin Origin // the example's own line when the loader set it, else its metric's
	Index  int
	Text   string
	Want   string
	Got    string
	Passed bool
	// Why are the engine's reasons, as --explain gives them, for not
	// taking what a failed example wants: a first rule's author reads
	// "got: nothing" with the cause beside it (a scope missing, a window
	// too short, a sentence the reading leaves) instead of guessing.
	Why []string
	// Untested is set for a none: example that passes only because its
	// text names no scope word: it tests nothing else (exampleUntested).
	Untested string
}

func (r ExampleResult) String() string {
	where := r.Metric
	if o := r.Origin.String(); o != "" {
		where = o + ": " + r.Metric
	}
	out := fmt.Sprintf("%s: examples[%d]:\n  text: %q\n  want: %s\n  got:  %s", where, r.Index, r.Text, r.Want, r.Got)
	for _, w := range r.Why {
		out += "\n  why:  " + w
	}
	return out
}

// TestExamples runs every metric's examples, each against that metric
// alone, and returns one result per example.
func (e *Engine) TestExamples() []ExampleResult {
	var out []ExampleResult
	for mi, m := range e.metrics {
		for xi, ex := range m.spec.Examples {
			date, _ := exampleDate(ex)
			obs := e.extractOne(ex.Text, mi, date)
			origin := ex.Origin
			if origin.File == "" {
				origin = m.spec.Origin
			}
			r := ExampleResult{Metric: m.spec.ID, Origin: origin, Index: xi, Text: ex.Text, Want: describeWant(ex), Got: describeGot(obs)}
			r.Passed = exampleHolds(ex, obs)
			if !r.Passed && !ex.None {
				r.Why = e.exampleWhy(ex.Text, mi, len(obs) > 0, date)
			}
			if r.Passed && ex.None {
				r.Untested = e.exampleUntested(ex.Text, mi, date)
			}
			out = append(out, r)
		}
	}
	return out
}

// exampleWhy is metric mi's reasons, on every sentence of text, for not
// taking a figure: the notes of --explain that leave a figure or a
// sentence, or find no keyword near enough or no figure that fits. took
// says the metric took a figure (another than the example wants): then
// no note may be all there is, and got: says the rest.
func (e *Engine) exampleWhy(text string, mi int, took bool, date time.Time) []string {
	tr := &tracer{}
	e.extract(figures.Analyze(text), mi, tr, date)
	var why []string
	for _, s := range tr.sentences {
		for _, m := range s.Metrics {
			for i, n := range m.Notes {
				if n.Kind.Refuses() || n.Kind == NoteTooFar || n.Kind == NoteNoFigure {
					why = append(why, m.Steps[i])
				}
			}
		}
	}
	if len(why) == 0 && !took {
		why = append(why, e.noJudgement(tr, mi))
	}
	return why
}

// noJudgement says why metric mi judged no sentence of an example: most
// often, in a first metric, because none of its keywords is in the text
// in a form the engine reads (an irregular form, a synonym), which
// "no sentence was judged" alone does not tell.
func (e *Engine) noJudgement(tr *tracer, mi int) string {
	figures, looked := false, false
	for _, s := range tr.sentences {
		figures = figures || len(s.Figures) > 0
		looked = looked || len(s.Metrics) > 0
	}
	spec := e.metrics[mi].spec
	if figures && !looked && len(spec.Keywords) > 0 && len(spec.Values) == 0 {
		return fmt.Sprintf("none of the metric's keywords (%s) is in the text: a keyword reads its word forms (kill: killed), "+
			"not irregular ones or synonyms (flee: fled); add the word the text uses (the vocabularies: `claimtrack rules vocab`)",
			strings.Join(spec.Keywords, ", "))
	}
	return "no sentence with a figure was judged: `claimtrack extract --explain` on the text shows what the engine reads"
}

func (e *Engine) extractOne(text string, mi int, date time.Time) []Observation {
	return e.extract(figures.Analyze(text), mi, nil, date)
}

// exampleDate reads an example's date (YYYY-MM-DD); the zero time when it
// gives none.
func exampleDate(ex Example) (time.Time, error) {
	if ex.Date == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, ex.Date)
}

func exampleHolds(ex Example, obs []Observation) bool {
	if ex.None {
		return len(obs) == 0
	}
	for _, o := range obs {
		if ex.Value != nil {
			v := o.Main()
			if sameValue(v.Value, *ex.Value) && (ex.Qualifier == "" || v.Qualifier.Name() == ex.Qualifier) {
				return true
			}
			continue
		}
		all := true
		for name, want := range ex.Values {
			v, ok := o.Get(name)
			if !ok || !sameValue(v.Value, want) {
				all = false
				break
			}
			if ex.Qualifier != "" && v.Qualifier.Name() != ex.Qualifier && name == o.Values[0].Name {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func describeWant(ex Example) string {
	switch {
	case ex.None:
		return "nothing"
	case ex.Value != nil:
		s := formatNumber(*ex.Value)
		if ex.Qualifier != "" {
			s += " (" + ex.Qualifier + ")"
		}
		return s
	}
	names := make([]string, 0, len(ex.Values))
	for n := range ex.Values {
		names = append(names, n)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n + "=" + formatNumber(ex.Values[n])
	}
	s := strings.Join(parts, ", ")
	if ex.Qualifier != "" {
		s += " (" + ex.Qualifier + ")"
	}
	return s
}

func describeGot(obs []Observation) string {
	if len(obs) == 0 {
		return "nothing"
	}
	var parts []string
	for _, o := range obs {
		parts = append(parts, DescribeValues(o.Values)+" by "+o.Rule)
	}
	return strings.Join(parts, "; ")
}

// DescribeValues writes values as "prisoners=700 (approximately), hostages=40".
func DescribeValues(vals []Value) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		s := formatNumber(v.Value)
		if v.Name != "value" {
			s = v.Name + "=" + s
		}
		if v.Unit != "" && v.Unit != "%" {
			s += " " + v.Unit
		} else if v.Unit == "%" {
			s += "%"
		}
		if v.Qualifier != "" {
			s += " (" + v.Qualifier.Name() + ")"
		}
		s += " from " + strconv.Quote(v.Text)
		parts[i] = s
	}
	return strings.Join(parts, ", ")
}

func formatNumber(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}
