package claimant

// A headline's label before a colon may be a possessive and what it owns:
// "Sudan's health ministry: 84 killed" names a body, "Ukraine's air
// force:" a service, "Kyiv's mayor:" an office, "UNRWA's latest update:"
// findings; "Israel's war on Hamas: 100 days", "Kenya's drought: 2 million
// need aid" name a topic, the thing the possessor owns, and nobody who
// says the figure.

// possessedTopic reports whether the label [lo, k) holds a possessive whose
// head, the lower-case words after it up to a preposition or the colon,
// ends on a word that names no body, service, office, people or findings.
func (v *view) possessedTopic(lo, k int) bool {
	p := -1
	for m := lo; m < k; m++ {
		if v.isOne(m, wApostrophe) {
			p = m
			break
		}
	}
	if p < 0 {
		return false
	}
	h := p + 1
	if v.isOne(h, wS) {
		h++
	}
	e := h
	for e < k && v.toks[e].word && !v.toks[e].capital && !v.toks[e].has(cPreposition) {
		// ("Israel's government has approved the deal:": a clause, its
		// subject the government, no topic.)
		if v.is(e, wHas, wHave, wHad, wIs, wWas, wAre, wWere) || e > h && v.isVerbLike(e) {
			return false
		}
		e++
	}
	if e == h || e < k && !v.toks[e].has(cPreposition) {
		return false
	}
	t := &v.toks[e-1]
	w := t.low
	// "UNRWA's latest:": the owner's latest figures, as "UNRWA's latest
	// update:" are.
	if w == "latest" && e == k {
		return false
	}
	one := singular(w)
	return !(bodyNouns[w] || bodyNouns[one] || serviceKinds[w] || governments[w] || kindsBeforeName[one] || mediaNouns[w] || personNoun(w) || agentNoun(w) || t.post() || officeNouns[w] ||
		t.has(cFindingNoun|cStaff|cFieldPeople|cPeople|cAnnouncement|cOffice))
}
