package claimant

import "strings"

// noteNoun reports whether "note" at i is a noun heading a note of the
// page, not a verb: "Weather note: temperatures ...", "the method note
// below explains ...". A colon or a pointer on the page ("below",
// "above") follows it, and the word before is no plural or pronoun that
// could be its subject ("Analysts note: ...", "we note below that"),
// nor a body's kind or people.
func (v *view) noteNoun(i, hi int) bool {
	if !v.is(i, wNote) || i == 0 || i+1 >= hi || !v.is(i+1, wColon, wBelow, wAbove) {
		return false
	}
	p := &v.toks[i-1]
	// ("the Harlow Institute note:": a body's kind in the plural's
	// sense is its subject too.)
	return p.word && !p.has(cPronoun) && !p.has(cFirstPerson) && !strings.HasSuffix(p.low, "s") && !nameKind(p.low) && !agentNoun(p.low) && !p.has(cStaff)
}
