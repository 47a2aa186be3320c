package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A modal of possibility before "be" and a state of being somewhere now
// hedges a present count, as "perhaps" does: "As many as 1.2 million
// people may be packed into Rafah", "Up to 1.5 million Gazans might be
// crammed into Rafah". It is no projection of what the count may come to.
// The state is a progressive in -ing ("may be sheltering") or a
// participle of being crowded into a place, which says how full a place
// is, not what happens to people; a participle of an event ("could be
// displaced again", "may be forced to flee") still projects.

// A state the rest of the clause puts ahead, by a time to come ("could
// be sheltering in Rafah by next month") or on a condition ("might be
// crammed into Rafah if the offensive goes ahead"), is a projection again.

// hedgedState reports whether the modal at token mj is "may", "might" or
// "could", then (past at most one adverb) "be", then keyword hit h,
// which starts with an -ing form or a participle of crowding, and no time
// ahead or condition follows h in its clause of sentence s.
func hedgedState(d *figures.Document, s *figures.Sentence, mj int, h hit) bool {
	switch d.LowerTokenText(mj) {
	case "may", "might", "could":
	default:
		return false
	}
	k := mj + 1
	if k < h.start && d.LowerTokenText(k) != "be" {
		k++ // "may now be", "might still be"
	}
	if k+1 != h.start || d.LowerTokenText(k) != "be" {
		return false
	}
	w := d.LowerTokenText(h.start)
	if !(len(w) > 5 && strings.HasSuffix(w, "ing") || crowdedParticiple(w)) {
		return false
	}
	return !stateAhead(d, s, h.end)
}

// stateAhead reports whether the words of sentence s from token k to the
// end of the clause hold a time ahead after "by" ("by next month", "by
// the spring") or open a condition ("if", "unless", "once").
func stateAhead(d *figures.Document, s *figures.Sentence, k int) bool {
	for ; k < s.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case ";", ":", "—", "–":
			return false
		case "if", "unless", "once":
			return true
		case "by":
			if timeAhead(d, k+1) {
				return true
			}
		}
	}
	return false
}

// crowdedParticiple reports whether w is a participle of pressing people
// into a place, which a place can also be "with" them ("packed with",
// "crammed with"): a state, not an event.
func crowdedParticiple(w string) bool {
	switch w {
	case "packed", "crammed", "crowded", "squeezed", "jammed", "wedged", "huddled", "penned", "stuffed":
		return true
	}
	return false
}
