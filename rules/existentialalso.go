package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An existential clause with "also" adds to the setting of the one before
// it: "We are told there are four battalions in Rafah. There are also 1.4
// million civilians." The second "there are" says nothing of place, but
// "also" puts its people beside what the sentence before placed "in
// Rafah" (placeback.go antecedentPlace asks these). Without "also" ("There
// are 1.4 million civilians in Gaza") or with no existential place before,
// nothing is carried.

// existentialAlso reports whether sentence s opens (after a speaker's
// label) on "There is also", "There are also" or "There are still".
func existentialAlso(d *figures.Document, s *figures.Sentence) bool {
	k := afterSpeakerLabel(d, s)
	if k+2 >= s.TokEnd || !strings.EqualFold(d.TokenText(k), "there") || !beForm(d.LowerTokenText(k+1)) {
		return false
	}
	w := d.LowerTokenText(k + 2)
	return w == "also" || w == "still"
}

// existentialPlace returns the tokens [a, b) of the name that closes an
// existential clause of sentence prev ("there are four battalions in
// Rafah"): "in" or "at" and a name after "there" and a form of "be", or
// a == b when there is none.
func existentialPlace(d *figures.Document, prev *figures.Sentence) (int, int) {
	there := -1
	for k := prev.TokStart; k+1 < prev.TokEnd; k++ {
		if strings.EqualFold(d.TokenText(k), "there") && beForm(d.LowerTokenText(k+1)) {
			there = k
			break
		}
	}
	if there < 0 {
		return 0, 0
	}
	for k := there + 2; k+1 < prev.TokEnd; k++ {
		if isClauseMark(d.TokenText(k)) {
			return 0, 0
		}
		if w := d.LowerTokenText(k); (w == "in" || w == "at") && named(d, k+1) {
			b := k + 1
			for b < prev.TokEnd && b < k+1+placeNameWords && named(d, b) {
				b++
			}
			return k + 1, b
		}
	}
	return 0, 0
}
