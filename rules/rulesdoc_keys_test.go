package rules

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestRulesDocNamesEveryKey: README says of a metric "Every key is
// described in docs/rules.md", which named neither announce_first nor by,
// min_change nor exclude_claimants; user50's outbreak desk, judging deaths
// by claimant, never learnt that a claimant's first figure (the WHO's
// first toll, days into the story) posts only with announce_first. Every
// key of a metric, of its examples and of its values must be named as
// `key` in the section "## Every key of a metric".
func TestRulesDocNamesEveryKey(t *testing.T) {
	b, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Skipf("no docs/rules.md: %v", err)
	}
	_, section, ok := strings.Cut(string(b), "\n## Every key of a metric\n")
	if !ok {
		t.Fatal(`docs/rules.md has no "## Every key of a metric" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	for _, v := range []any{MetricSpec{}, Example{}, ValueSpec{}} {
		ty := reflect.TypeOf(v)
		for i := 0; i < ty.NumField(); i++ {
			key, _, _ := strings.Cut(ty.Field(i).Tag.Get("yaml"), ",")
			if key == "" || key == "-" {
				continue
			}
			if !strings.Contains(section, "`"+key+"`") {
				t.Errorf("%s.%s: docs/rules.md's key table does not name `%s`", ty.Name(), ty.Field(i).Name, key)
			}
		}
	}
}
