package claimant

import "testing"

// namedBodyOfficials passes over a word too short or too long to be one
// of bodyStaff before it looks the word up: every one must fit the bounds.
func TestBodyStaffLengths(t *testing.T) {
	for w := range bodyStaff {
		if len(w) < len("worker") || len(w) > len("employees") {
			t.Errorf("bodyStaff word %q is outside the lengths namedBodyOfficials reads", w)
		}
	}
}
