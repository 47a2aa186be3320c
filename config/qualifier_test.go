package config

import (
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestExampleQualifier loads each file of testdata/qualifier: an example's
// qualifier that is no qualifier's name fails at its line, naming the
// nearest valid name when it looks like a misspelling of one, and all of
// them (QUALIFIERS in the want line) when none is near.
func TestExampleQualifier(t *testing.T) {
	forEachWant(t, "testdata/qualifier", func(t *testing.T, f, want string) {
		_, err := load(f, noEnv)
		wantOneError(t, f, strings.ReplaceAll(want, "QUALIFIERS", strings.Join(figures.Qualifiers(), ", ")), err)
	})
}
