package claimant

import "strings"

// noteNoun reports whether "note" at i is a noun heading a note of the
// page, not a verb: "Weather note: temperatures ...", "the method note
// below explains ...". A colon or a pointer on the page ("below",
// "above") follows it, and the word before is no plural or pronoun that
// could be its subject ("Analysts note: ...", "we note below that"),
// nor a body's kind or people.
func (v *view) noteNoun(i, hi int) bool {
	if i == 0 || i+1 >= hi {
		return false
	}
	p := &v.toks[i-1]
	// ("Press release, Nairobi, 12 June:": the line's first two words,
	// whatever kind of body "Press" names elsewhere.)
	if i == 1 && v.datedLabel(i, hi) && p.word && !p.has(cPronoun|cFirstPerson) && (!strings.HasSuffix(p.low, "s") || strings.HasSuffix(p.low, "ss")) {
		return true
	}
	if !v.is(i, wNote) || !v.is(i+1, wColon, wBelow, wAbove) {
		return false
	}
	// ("the Harlow Institute note:": a body's kind in the plural's
	// sense is its subject too.)
	return p.word && !p.has(cPronoun) && !p.has(cFirstPerson) && !strings.HasSuffix(p.low, "s") && !nameKind(p.low) && !agentNoun(p.low) && !p.has(cStaff)
}

// datedLabel reports whether the verb form at i closes a line's opening
// label, alone or with its place and date, before the label's colon:
// "Press release, Nairobi, 12 June: ...", "Field update: ...". A base
// form with no -s or -ed, then only commas, capitalised words and
// numbers up to the colon.
func (v *view) datedLabel(i, hi int) bool {
	w := v.toks[i].low
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || v.toks[i].has(cIrregularPast|cPastLikeBase) {
		return false
	}
	for k := i + 1; k < hi && k <= i+8; k++ {
		t := &v.toks[k]
		switch {
		case v.isOne(k, wColon):
			return true
		case v.isOne(k, wComma) || t.num || t.fig || t.word && t.capital:
		default:
			return false
		}
	}
	return false
}
