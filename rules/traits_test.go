package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/newstext"
)

// TestTraitlessChecksSkipped holds figureDropped's grouping: for metrics
// with none of the traits the grouped checks read (m.traits false), the
// answers are those of the chain asked in full. The metrics are the
// benchmark's synthetic ones and the shipped ones stripped of their traits,
// over generated dense text and stories and the dev corpus' sentences.
func TestTraitlessChecksSkipped(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	stripped := shippedSpecs(t)
	for i := range stripped {
		s := &stripped[i]
		s.Total, s.Since, s.Unit, s.Owner, s.Actor = false, StartDate{}, "", "", ""
		s.Scope, s.ExcludeNear, s.Require, s.Parts = nil, nil, nil, nil
		s.Name, s.Description = "", ""
	}
	texts := []string{newstext.Generate(1 << 18), newstext.Stories(1<<18, 4000)}
	for _, f := range devFiles(t) {
		var b strings.Builder
		for _, cs := range f.Cases {
			b.WriteString(cs.Text)
			b.WriteString("\n\n")
		}
		texts = append(texts, b.String())
	}
	for _, set := range []struct {
		name  string
		specs []MetricSpec
	}{{"synthetic", syntheticSpecs(100)}, {"shipped, stripped", stripped}} {
		grouped, err := Compile(set.specs)
		if err != nil {
			t.Fatal(err)
		}
		full, err := Compile(set.specs)
		if err != nil {
			t.Fatal(err)
		}
		traitless := 0
		for _, m := range full.metrics {
			if !m.traits {
				traitless++
			}
			m.traits = true
		}
		if traitless == 0 {
			t.Fatalf("%s: no metric without traits", set.name)
		}
		seen := 0
		for i, text := range texts {
			a, b := grouped.Extract(text), full.Extract(text)
			seen += len(a)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%s, text %d: %d observations with the checks grouped, %d asked in full", set.name, i, len(a), len(b))
			}
		}
		if seen == 0 {
			t.Fatalf("%s: no observations", set.name)
		}
	}
}

// TestTraitsChecksAnswer is TestTraitlessChecksSkipped's control: the
// grouped checks do answer on the dev corpus for the shipped metrics,
// which all have traits, so skipping them there would show.
func TestTraitsChecksAnswer(t *testing.T) {
	t.Parallel() // a corpus-wide test: see fixtures_test.go
	specs := shippedSpecs(t)
	asked, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	skipped, err := Compile(specs)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range skipped.metrics {
		if !m.traits {
			t.Errorf("metric %s: no traits", m.spec.ID)
		}
		m.traits = false
	}
	for _, f := range devFiles(t) {
		for _, cs := range f.Cases {
			if !reflect.DeepEqual(asked.Extract(cs.Text), skipped.Extract(cs.Text)) {
				return
			}
		}
	}
	t.Error("no dev sentence's answers change when the shipped metrics skip the grouped checks")
}
