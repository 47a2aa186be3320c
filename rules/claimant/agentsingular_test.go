package claimant

import "testing"

// agentSingularEnding reads a singular as agentEnding reads its plural in
// -s: the two must agree on every word, short ones included.
func TestAgentSingularEnding(t *testing.T) {
	for _, w := range []string{"", "a", "er", "or", "ist", "operator", "regulator", "pollster", "economist",
		"historian", "consultant", "agent", "ministry", "daily", "mission", "institute", "ian", "an", "nt"} {
		if got, want := agentSingularEnding(w), agentEnding(w+"s"); got != want {
			t.Errorf("agentSingularEnding(%q) = %v, agentEnding(%q) = %v", w, got, w+"s", want)
		}
	}
}
