package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckWarnsOfUntestedExample is walk56's desk: a none: example whose
// text names no scope word passes whatever the metric does, so check and
// rules test say so, at the example's line, and still pass it (exit 0); an
// example that names the scope is not warned of.
func TestCheckWarnsOfUntestedExample(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"config.yaml": "store: ./s.db\nsources:\n  - {name: archive, dir: .}\nrule_files: [rules.yaml]\n",
		"rules.yaml": "metrics:\n  - id: calvora_quake_deaths\n    keywords: [\"@deaths\"]\n    scope: [Calvora]\n    exclude_near: [Dunmere]\n" +
			"    examples:\n" +
			"      - {text: \"In neighbouring Dunmere, the quake killed 312 people.\", none: true}\n" +
			"      - {text: \"In Dunmere, Calvora's neighbour, the quake killed 312 people.\", none: true}\n",
	})
	cfg := filepath.Join(dir, "config.yaml")
	want := filepath.Join(dir, "rules.yaml") + `:7: warning: calvora_quake_deaths: examples[0]: "In neighbouring Dunmere, the quake killed 312 people." passes only because the text names none of the scope words (Calvora)`
	for _, args := range [][]string{{"check", "--config", cfg}, {"rules", "test", "--config", cfg}} {
		code, _, errs := run(t, "", args...)
		if code != exitOK || !strings.Contains(errs, want) || strings.Count(errs, "warning: calvora_quake_deaths") != 1 {
			t.Errorf("%s: exit %d, want 0 and one warning %q:\n%s", args[0], code, want, errs)
		}
	}
}
