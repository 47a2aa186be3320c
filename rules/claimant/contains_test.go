package claimant

import "testing"

// TestContaining holds containing to every finite form of both verbs of
// containing: the bare "contain" ("The lists contain 7,797 names") is one
// as "include" is, and findingClaimed must ask its subject to be findings.
func TestContaining(t *testing.T) {
	for _, w := range []string{"include", "includes", "included", "contain", "contains", "contained"} {
		if !containing(w) {
			t.Errorf("containing(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"in", "inclu", "conta", "contai", "says"} {
		if containing(w) {
			t.Errorf("containing(%q) = true, want false", w)
		}
	}
}
