package rules

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestKeywordOrderKeepsAnswers: the order a metric writes its keywords in
// is no part of what it means. Every metric of testdata/examples and of
// metrics/examples, its keywords reversed and rotated by one, must give
// on its own examples the answers it gives as written. A vocabulary entry
// with a mark ("victims COUNTED") and a plain word of its stem ("victim")
// once kept only whichever came first (toPhrases' dedupe ignored marks),
// so '["@deaths", victim]' missed what '[victim, "@deaths"]' read; two
// keywords found at one token as near a figure ("crossed", "crossed the
// Channel") were read as the first written (tiedkeywords.go).
func TestKeywordOrderKeepsAnswers(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	type source struct {
		path  string
		specs []MetricSpec
		eng   *Engine
	}
	var srcs []source
	for _, f := range examples(t) {
		srcs = append(srcs, source{f.path, f.specs, f.engine})
	}
	paths, _ := filepath.Glob(filepath.Join("..", "metrics", "examples", "*.yaml"))
	for _, p := range paths {
		specs, err := readSpecFile(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		e, err := Compile(specs)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		srcs = append(srcs, source{p, specs, e})
	}
	orders := map[string]func([]string) []string{
		"reversed": func(k []string) []string { k = slices.Clone(k); slices.Reverse(k); return k },
		"rotated": func(k []string) []string {
			if len(k) < 2 {
				return slices.Clone(k)
			}
			return append(slices.Clone(k[1:]), k[0])
		},
	}
	for i, src := range srcs {
		if skipUnderRace(i) {
			continue
		}
		want := exampleAnswers(src.eng)
		for name, order := range orders {
			specs := make([]MetricSpec, len(src.specs))
			changed := false
			for i, s := range src.specs {
				specs[i] = s
				specs[i].Keywords = order(s.Keywords)
				changed = changed || !slices.Equal(specs[i].Keywords, s.Keywords)
			}
			if !changed {
				continue
			}
			e, err := Compile(specs)
			if err != nil {
				t.Fatalf("%s %s: %v", src.path, name, err)
			}
			for k, got := range exampleAnswers(e) {
				if w := want[k]; got != w {
					mi, xi := k[0], k[1]
					t.Errorf("%s: %s, keywords %s %q: example %d %q: got %s, as written %s",
						filepath.Base(src.path), specs[mi].ID, name, specs[mi].Keywords, xi, specs[mi].Examples[xi].Text, got, w)
				}
			}
		}
	}
}

// exampleAnswers is what each metric reads in each of its examples: the
// values and the quote, not the rule's name (which of two keywords naming
// one word is credited may follow the order).
func exampleAnswers(e *Engine) map[[2]int]string {
	out := map[[2]int]string{}
	for mi, m := range e.metrics {
		for xi, ex := range m.spec.Examples {
			date, _ := exampleDate(ex)
			var parts []string
			for _, o := range e.extractOne(ex.Text, mi, date) {
				parts = append(parts, DescribeValues(o.Values)+" from "+strconv.Quote(o.Quote))
			}
			out[[2]int{mi, xi}] = strings.Join(parts, "; ")
		}
	}
	return out
}
