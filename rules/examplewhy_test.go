package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestFailedExampleSaysWhy: an example that takes nothing carries the
// engine's reason (testdata/example-why.yaml), and String prints it.
func TestFailedExampleSaysWhy(t *testing.T) {
	path := filepath.Join("testdata", "example-why.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Why    string     `yaml:"why"`
		Metric MetricSpec `yaml:"metric"`
	}
	if err := yaml.Unmarshal(data, &cases); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for _, c := range cases {
		t.Run(c.Metric.ID, func(t *testing.T) {
			e, err := Compile([]MetricSpec{c.Metric})
			if err != nil {
				t.Fatal(err)
			}
			results := e.TestExamples()
			if len(results) != 1 || results[0].Passed {
				t.Fatalf("want one failed example, got %v", results)
			}
			if s := results[0].String(); !strings.Contains(s, "\n  why:  ") || !strings.Contains(s, c.Why) {
				t.Errorf("the failure does not say why (%q):\n%s", c.Why, s)
			}
		})
	}
}

// TestWrongValueExampleSaysNoFalseWhy: an example that took another figure
// than it wants says what it got, and never that no sentence was judged.
func TestWrongValueExampleSaysNoFalseWhy(t *testing.T) {
	want := 4600.0
	e, err := Compile([]MetricSpec{{ID: "flood_evacuated", Keywords: []string{"evacuated"},
		Examples: []Example{{Text: "About 4,500 people have been evacuated, officials said.", Value: &want}}}})
	if err != nil {
		t.Fatal(err)
	}
	results := e.TestExamples()
	if len(results) != 1 || results[0].Passed {
		t.Fatalf("want one failed example, got %v", results)
	}
	if s := results[0].String(); !strings.Contains(s, "got:  4500") || strings.Contains(s, "no sentence with a figure was judged") {
		t.Errorf("a wrong value's failure misleads:\n%s", s)
	}
}
