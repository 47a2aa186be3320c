package tracker

import (
	"slices"
	"testing"
)

// TestOutcomeWords: every outcome has its own words, and an archive
// outcome, and only one, says "archive", so that the first reading of a
// first pass and the value it ends at read the right way round.
func TestOutcomeWords(t *testing.T) {
	var seen []string
	for o := Baseline; o <= LastOutcome; o++ {
		w := o.Words()
		if w == "" || slices.Contains(seen, w) {
			t.Errorf("%s: words %q empty or taken", o, w)
		}
		seen = append(seen, w)
		archive := o == Backlog || o == BacklogDecrease || o == BacklogConflict || o == BacklogUndated
		if got := len(w) >= 7 && w[:7] == "archive"; got != archive {
			t.Errorf("%s: %q says archive %v, want %v", o, w, got, archive)
		}
		if OutcomeWords(o.String()) != w {
			t.Errorf("%s: OutcomeWords %q", o, OutcomeWords(o.String()))
		}
	}
	if got := OutcomeWords("some_new_outcome"); got != "some new outcome" {
		t.Errorf("an unknown name: %q", got)
	}
}
