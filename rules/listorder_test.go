package rules

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// The order a user writes things in is no part of what they mean: the
// metrics of a rule file and the rule files themselves, a metric's word
// lists (scope, exclude, exclude_near, require, parts, claimants, a
// value's near words), and the entries of a vocabulary its keywords and
// patterns name. TestKeywordOrderKeepsAnswers holds keywords; this test
// holds the rest, each order a subtest, on the shipped metrics over the
// whole dev corpus and (metrics and lists reversed) on every example
// file's metrics over their own examples. The answers compared are the values and quotes (not the rule
// a figure is credited to, which may follow the order of two that read
// the same words).

// specOrders are the orders tried: each returns the specs as the user
// could have written them, the specs given untouched.
// examples says whether the order is tried on every example file too (a
// compile of each, about a second a file set): the rest run on the
// shipped metrics and the whole dev corpus only.
var specOrders = []struct {
	name     string
	examples bool
	permute  func([]MetricSpec) []MetricSpec
}{
	// The rule files of a configuration are read in the order written
	// and their metrics appended: reversing the metrics reverses both.
	{"metrics reversed", true, func(specs []MetricSpec) []MetricSpec {
		out := slices.Clone(specs)
		slices.Reverse(out)
		return out
	}},
	{"lists reversed", true, func(specs []MetricSpec) []MetricSpec { return eachList(specs, reversed) }},
	{"lists rotated", false, func(specs []MetricSpec) []MetricSpec { return eachList(specs, rotated) }},
	{"vocabularies reversed", false, func(specs []MetricSpec) []MetricSpec { return eachVocabulary(specs, reversed) }},
}

func reversed(l []string) []string {
	l = slices.Clone(l)
	slices.Reverse(l)
	return l
}

func rotated(l []string) []string {
	if len(l) < 2 {
		return l
	}
	return append(slices.Clone(l[1:]), l[0])
}

// eachList reorders every word list of every spec but keywords (their
// own test's) and patterns (tried in order: the first that binds is
// the precise form).
func eachList(specs []MetricSpec, order func([]string) []string) []MetricSpec {
	out := slices.Clone(specs)
	for i := range out {
		s := &out[i]
		s.Scope, s.Exclude, s.ExcludeNear = order(s.Scope), order(s.Exclude), order(s.ExcludeNear)
		s.Require, s.Parts = order(s.Require), order(s.Parts)
		s.Claimants, s.ExcludeClaimants = order(s.Claimants), order(s.ExcludeClaimants)
		if s.Values != nil {
			s.Values = maps.Clone(s.Values)
			for name, v := range s.Values {
				v.Near, v.Sides = order(v.Near), order(v.Sides)
				s.Values[name] = v
			}
		}
	}
	return out
}

// eachVocabulary gives every spec the shipped vocabularies, each one's
// entries reordered.
func eachVocabulary(specs []MetricSpec, order func([]string) []string) []MetricSpec {
	shipped, err := ShippedVocabularies()
	if err != nil {
		panic(err)
	}
	voc := &Vocabularies{byName: map[string]Vocabulary{}}
	for name, v := range shipped.byName {
		v.Phrases = order(v.Phrases)
		voc.byName[name] = v
	}
	out := slices.Clone(specs)
	for i := range out {
		if out[i].Vocabularies == nil {
			out[i].Vocabularies = voc
		}
	}
	return out
}

func TestListOrderKeepsAnswers(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	sh := shipped(t)
	dev := devFiles(t)
	files := examples(t)
	// The answers as written, read once for every order.
	devWant := make([][]string, len(dev))
	for i, f := range dev {
		if skipUnderRace(i) {
			continue
		}
		for _, cs := range f.Cases {
			devWant[i] = append(devWant[i], textAnswers(sh.engine, cs.Text, f.Article))
		}
	}
	exWant := make([]map[string]string, len(files))
	for i, f := range files {
		if skipUnderRace(i) {
			continue
		}
		if len(f.specs) > 1 || !sameLists(eachList(f.specs, reversed), f.specs) {
			exWant[i] = exampleAnswersByID(f.engine)
		}
	}
	for _, order := range specOrders {
		t.Run(order.name, func(t *testing.T) {
			e, err := Compile(order.permute(sh.specs))
			if err != nil {
				t.Fatal(err)
			}
			bad := 0
			for i, f := range dev {
				if skipUnderRace(i) {
					continue
				}
				for ci, cs := range f.Cases {
					want := devWant[i][ci]
					if got := textAnswers(e, cs.Text, f.Article); got != want && bad < 10 {
						bad++
						t.Errorf("shipped metrics, %s: %s case %d %q:\n got %s\nwant %s", order.name, filepath.Base(f.path), ci, cs.Text, got, want)
					}
				}
			}
			for i, f := range files {
				if !order.examples || raceEnabled && order.name != specOrders[0].name {
					break // under the race detector the example files take the first order only: see skipUnderRace
				}
				if skipUnderRace(i) {
					continue
				}
				specs := order.permute(f.specs)
				if sameLists(specs, f.specs) {
					continue // nothing this order moves
				}
				e, err := Compile(specs)
				if err != nil {
					t.Fatalf("%s: %v", f.path, err)
				}
				want := exWant[i]
				for k, got := range exampleAnswersByID(e) {
					if w := want[k]; got != w && bad < 20 {
						bad++
						t.Errorf("%s, %s: %s: got %s, as written %s", filepath.Base(f.path), order.name, k, got, w)
					}
				}
			}
		})
	}
}

// sameLists reports whether a and b are the same metrics with the same
// lists in the same order (and the same vocabularies).
func sameLists(a, b []MetricSpec) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.ID != y.ID || x.Vocabularies != y.Vocabularies || !slices.Equal(x.Scope, y.Scope) || !slices.Equal(x.Exclude, y.Exclude) ||
			!slices.Equal(x.ExcludeNear, y.ExcludeNear) || !slices.Equal(x.Require, y.Require) || !slices.Equal(x.Parts, y.Parts) ||
			!slices.Equal(x.Claimants, y.Claimants) || !slices.Equal(x.ExcludeClaimants, y.ExcludeClaimants) {
			return false
		}
		for name, v := range x.Values {
			if w := y.Values[name]; !slices.Equal(v.Near, w.Near) || !slices.Equal(v.Sides, w.Sides) {
				return false
			}
		}
	}
	return true
}

// textAnswers is what engine e reads in one text: each observation's
// metric, values and quote, in a stable order.
func textAnswers(e *Engine, text, article string) string {
	var lines []string
	for _, o := range e.ExtractInArticle(text, article, time.Time{}) {
		line := o.Metric + " " + DescribeValues(o.Values) + " from " + o.Quote
		if c := o.Claimant; c != nil {
			line += " claimed by " + c.ID + " (" + c.Words + ")"
		}
		lines = append(lines, line)
	}
	slices.Sort(lines)
	return strings.Join(lines, "; ")
}

// exampleAnswersByID is exampleAnswers keyed by the metric's id and the
// example's text, which no reordering of the metrics changes.
func exampleAnswersByID(e *Engine) map[string]string {
	out := map[string]string{}
	for mi, m := range e.metrics {
		for _, ex := range m.spec.Examples {
			date, _ := exampleDate(ex)
			var parts []string
			for _, o := range e.extractOne(ex.Text, mi, date) {
				parts = append(parts, DescribeValues(o.Values)+" from "+o.Quote)
			}
			k := m.spec.ID + " " + ex.Text
			out[k] += strings.Join(parts, "; ") + "|"
		}
	}
	return out
}
