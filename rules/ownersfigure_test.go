package rules

import (
	"slices"
	"testing"
)

// Every noun ownersFigureNouns writes is one figureNoun reads, so that the
// keyword's other forms and the asked-figure readings agree, but the
// owner's total: after the possessive only, where no bare "total" (which
// figureNoun leaves) can be meant (owners_total.yaml). The plain-noun
// owner gains no total ("the UN total budget").
func TestOwnersFigureNouns(t *testing.T) {
	got := ownersFigureNouns("ministry's figure")
	if len(got) == 0 || slices.Contains(got, "ministry's figure") || !slices.Contains(got, "ministry's number") {
		t.Fatalf("ownersFigureNouns(\"ministry's figure\") = %q", got)
	}
	for _, alt := range got {
		if w := wordsOf(alt); len(w) != 3 || w[0] != "ministry" || !figureNoun(w[2]) && w[2] != ownedTotal {
			t.Errorf("%q: not an owner's figure noun", alt)
		}
	}
	if !slices.Contains(got, "ministry's "+ownedTotal) {
		t.Errorf("ownersFigureNouns(\"ministry's figure\") = %q, want the owner's total too", got)
	}
	if slices.Contains(attributiveOwnerNouns("ministry's figure"), "ministry "+ownedTotal) {
		t.Errorf("attributiveOwnerNouns gained the total: %q", attributiveOwnerNouns("ministry's figure"))
	}
	for _, entry := range []string{"=ministry's figure", "ministry's figure*", "death toll", "ministry's spokesman"} {
		if got := ownersFigureNouns(entry); got != nil {
			t.Errorf("ownersFigureNouns(%q) = %q, want nil", entry, got)
		}
	}
}
