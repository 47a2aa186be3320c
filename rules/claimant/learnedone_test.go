package claimant

import (
	"strings"
	"testing"
)

// TestLearnedOneSpelled: scholarsOwnerEnd reads a learned person's word in
// the singular by its spelling's spLearnedOne, which spell sets; so no
// such word, however written, may be spelt by plainSpelling instead, and
// spell marks exactly the words learnedPeople holds with an "s" added.
func TestLearnedOneSpelled(t *testing.T) {
	for w := range learnedOne {
		for _, raw := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if _, ok := plainSpelling(raw); ok {
				t.Errorf("%q is spelt by plainSpelling, which sets no spLearnedOne", raw)
			}
			if sp := spell(raw); sp.own&spLearnedOne == 0 {
				t.Errorf("%q: spell sets no spLearnedOne", raw)
			}
		}
	}
	for _, raw := range []string{"researchers", "analysts", "activist", "expertise", "the", "Researchers"} {
		sp := spell(raw)
		if got, want := sp.own&spLearnedOne != 0, learnedPeople[sp.low+"s"]; got != want {
			t.Errorf("%q: spLearnedOne %v, learnedPeople[low+\"s\"] %v", raw, got, want)
		}
	}
}
