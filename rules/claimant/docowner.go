package claimant

// documentOwner reads the phrase [s, e) as a capitalised owner's
// possessive before a lower-case document: "the Canada Mortgage and
// Housing Corporation's latest rental market report", "Statistics
// Norland's police-recorded data". The document is the owner's findings,
// whatever words of subject or kind stand between, so the owner is the
// claimant (convention 8). Only lower-case words and hyphens may stand
// between, no more than five, so "the agency's regional director" (a
// post, no findings) and a body's own name are left alone.
func (v *view) documentOwner(s, e int) (int, int, bool) {
	h := &v.toks[e-1]
	if e-s < 4 || !h.word || h.capital || !h.has(cFindingNoun) && !h.has(cPublication) && !programmes[h.low] {
		return 0, 0, false
	}
	for k := e - 2; k > s && k >= e-7; k-- {
		t := &v.toks[k]
		if a, b, ok := v.possessor(k, s); ok && !v.toks[k].has(cPronoun) {
			// "Our analysis of AFAD's province-level data" is the
			// analysis, whose owner is read elsewhere.
			if b > a && v.toks[b-1].capital && !v.findingsIn(s, b) && !v.programmeInside(e-1, a, s) {
				return a, b, true
			}
			return 0, 0, false
		}
		if !(t.word && !t.capital && !t.post() && !agentNoun(t.low) || v.is(k, wDash)) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}
