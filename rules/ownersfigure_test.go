package rules

import (
	"slices"
	"testing"
)

// Every noun ownersFigureNouns writes is one figureNoun reads, so that the
// keyword's other forms and the asked-figure readings agree.
func TestOwnersFigureNouns(t *testing.T) {
	got := ownersFigureNouns("ministry's figure")
	if len(got) == 0 || slices.Contains(got, "ministry's figure") || !slices.Contains(got, "ministry's number") {
		t.Fatalf("ownersFigureNouns(\"ministry's figure\") = %q", got)
	}
	for _, alt := range got {
		if w := wordsOf(alt); len(w) != 3 || w[0] != "ministry" || !figureNoun(w[2]) {
			t.Errorf("%q: not an owner's figure noun", alt)
		}
	}
	for _, entry := range []string{"=ministry's figure", "ministry's figure*", "death toll", "ministry's spokesman"} {
		if got := ownersFigureNouns(entry); got != nil {
			t.Errorf("ownersFigureNouns(%q) = %q, want nil", entry, got)
		}
	}
}
