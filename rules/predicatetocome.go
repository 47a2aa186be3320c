package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A predicate under a modal or "to" tells what is still to be done to the
// figure's subject, not what has been: "Four Hamas battalions holed up in
// Rafah must be destroyed", "Hamas's four battalions in Rafah would be
// dismantled", "the four battalions left must still be defeated". The
// units are still there; an exclude_near word that rules out units
// already beaten ("have been dismantled") does not rule these out.

// predicateToCome reports whether the "be" at token aux follows, after
// token from, a modal or a "to" of obligation ("must be", "would be",
// "need to be", "are yet to be").
func predicateToCome(d *figures.Document, from, aux int) bool {
	if aux <= from || aux >= len(d.Tokens) || d.LowerTokenText(aux) != "be" {
		return false
	}
	k := aux - 1
	for k > from {
		if !pendingAdverb(d.LowerTokenText(k)) {
			break
		}
		k--
	}
	w := d.LowerTokenText(k)
	return modalWord(w) || w == "to"
}

// excludedToCome reports whether the modal at token mj of sentence s is
// followed by "be" and an exclude_near word of hits, past an adverb ("will
// be dismantled", "would soon be destroyed", "will still be defeated"):
// what is still to be done to the figure's units, which are there now.
func excludedToCome(d *figures.Document, s *figures.Sentence, hits []hit, mj int) bool {
	k := mj + 1
	for k < s.TokEnd && k < mj+3 && d.LowerTokenText(k) != "be" {
		w := d.LowerTokenText(k)
		if !pendingAdverb(w) && !strings.HasSuffix(w, "ly") {
			return false
		}
		k++
	}
	if k >= s.TokEnd || d.LowerTokenText(k) != "be" {
		return false
	}
	k++
	if k < s.TokEnd && strings.HasSuffix(d.LowerTokenText(k), "ly") {
		k++ // "will be swiftly dismantled"
	}
	return nearHitAt(hits, k)
}

// pendingAdverb reports whether lower-cased w may stand between a modal and
// its "be" and leave the predicate still to come: "must still be", "are
// yet to be", "would soon be". Both readings of a predicate to come pass
// over the same words, so that one taught a new adverb teaches the other.
func pendingAdverb(w string) bool {
	switch w {
	case "still", "yet", "first", "soon":
		return true
	}
	return false
}
