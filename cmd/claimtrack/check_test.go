package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckRunsSoundMetricsExamples: a configuration with an unknown
// @name in one metric stopped check before any example ran, so a failing
// example in another metric showed only on the next run. Check now says
// the problem at its line and runs the examples of every metric with none;
// a metric with a problem (the unknown name, a value that is no number)
// has its examples left out, not run half-read.
func TestCheckRunsSoundMetricsExamples(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"config.yaml": "store: ./s.db\nsources:\n  - {name: archive, dir: .}\nrule_files: [rules/*.yaml]\n" +
			"metrics:\n  - id: fever_cases\n    keywords: [\"@nosuchlist\"]\n" +
			"    examples:\n      - {text: \"Fever cases climbed to 88.\", value: 88}\n" +
			"  - id: quake_dead\n    keywords: [died]\n" +
			"    examples:\n      - {text: \"Rescuers said 40 villagers died under rubble.\", value: 40}\n",
		"rules/one.yaml": "id: well_closures\nkeywords: [\"@shut_wells\"]\nexamples:\n  - {text: \"Nine wells were shut.\", value: 9}\n",
		"rules/list.yaml": "- id: storm_deaths\n  keywords: [killed]\n  examples:\n" +
			"    - {text: \"The storm has taken 23 lives.\", value: 23}\n" +
			"    - {text: \"The storm killed 23 people.\", value: 23}\n" +
			"- id: storm_missing\n  keywords: [missing]\n  examples:\n    - {text: \"Five fishermen are missing.\", value: several}\n",
		"2024-03-01-toll.txt": "The storm killed 23 people.\n",
	}
	writeFiles(t, dir, files)
	cfg := filepath.Join(dir, "config.yaml")
	code, out, errs := run(t, "", "check", "--config", cfg)
	for _, want := range []string{
		cfg + `:7:16: metrics[0].keywords[0]: no vocabulary "nosuchlist"`,
		`one.yaml:2:12: keywords[0]: no vocabulary "shut_wells"`,
		`list.yaml:9:52: [1].examples[0].value: expected a number, got "several"`,
		cfg + ": 3 problems to fix",
		"FAIL " + filepath.Join(dir, "rules", "list.yaml") + ":4: storm_deaths: examples[0]:",
		cfg + ": 1 of 3 rule examples failed (the examples of 3 metrics with a problem above were not run)",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("check: missing %q", want)
		}
	}
	if code != exitFail || out != "" || strings.Count(errs, "FAIL ") != 1 {
		t.Errorf("check: %d, want 1 and one failed example:\n%s\n%s", code, out, errs)
	}

	// Every example of the sound metrics passing is said too, still exit 1.
	list := filepath.Join(dir, "rules", "list.yaml")
	if err := os.WriteFile(list, []byte("- id: storm_deaths\n  keywords: [killed]\n  examples:\n    - {text: \"The storm killed 23 people.\", value: 23}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = run(t, "", "check", "--config", cfg)
	if code != exitFail || !strings.Contains(errs, cfg+": 2 rule examples passed (the examples of 2 metrics with a problem above were not run)") {
		t.Errorf("check: %d\n%s", code, errs)
	}
}
