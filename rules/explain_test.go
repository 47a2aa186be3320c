package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestExplain checks that explanations give the engine's reasons, from
// testdata/explain.yaml, and that they change nothing it finds.
func TestExplain(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "explain.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Metrics []MetricSpec `yaml:"metrics"`
		Cases   []struct {
			Text   string   `yaml:"text"`
			Metric string   `yaml:"metric"`
			Took   bool     `yaml:"took"`
			Steps  []string `yaml:"steps"`
		} `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	e, err := Compile(file.Metrics)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range file.Cases {
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
