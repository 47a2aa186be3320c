package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCalendarYearAdvice: a running total with no since whose own words
// speak of "this year" is warned at its line to write since: year (it
// reads "this year" as a part otherwise); with since: year, with a date,
// or with no word of the year, nothing is said.
func TestCalendarYearAdvice(t *testing.T) {
	rules := `metrics:
  - id: arrivals
    name: Sea arrivals in Italy this year
    total: true
    keywords: [arrived]
  - id: arrivals_year
    name: Sea arrivals in Italy this year
    total: true
    since: year
    keywords: [arrived]
  - id: toll
    name: War deaths
    total: true
    keywords: [killed]
  - id: toll_example
    total: true
    keywords: [killed]
    examples:
      - text: "Strikes killed 9,000 people this year."
        none: true
`
	dir := writeFiles(t, map[string]string{"config.yaml": "rule_files: [rules.yaml]\n", "rules.yaml": rules})
	cfg, err := load(filepath.Join(dir, "config.yaml"), noEnv)
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(cfg.Warnings, "\n")
	want := filepath.Join(dir, "rules.yaml") + `:2:5: warning: metrics[0]: arrivals speaks of "this year" but gives no since`
	if !strings.Contains(all, want) || !strings.Contains(all, "write since: year") || strings.Count(all, "speaks of") != 1 {
		t.Errorf("want one warning %q, got:\n%s", want, all)
	}
	for _, m := range cfg.Metrics {
		if got := m.CountsCalendarYear(); got != (m.ID == "arrivals_year") {
			t.Errorf("%s: counts the calendar year %v", m.ID, got)
		}
	}
}
