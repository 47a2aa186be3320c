package config

import "testing"

// TestExampleOrigins: each example knows its own line, in the
// configuration and in a rule file, so that check reports a failed example
// where it is written rather than at its metric's id.
func TestExampleOrigins(t *testing.T) {
	cfg, err := load("testdata/example-origin/config.yaml", noEnv)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]int{"flood_deaths": {7, 9}, "flood_evacuated": {5, 8}}
	for _, m := range cfg.Metrics {
		lines := want[m.ID]
		if len(m.Examples) != len(lines) {
			t.Fatalf("%s: %d examples, want %d", m.ID, len(m.Examples), len(lines))
		}
		for j, ex := range m.Examples {
			if ex.Origin.Line != lines[j] || ex.Origin.File == "" {
				t.Errorf("%s examples[%d]: origin %v, want line %d", m.ID, j, ex.Origin, lines[j])
			}
		}
	}
}
