package claimant

// Findings named by what holds them, their owner after "of" or "at", or
// before them with a title of their own: "according to the daily briefing
// of the Russian Defense Ministry", "according to records at Al-Aqsa
// Martyrs Hospital", "the Kiel Institute's Ukraine Support Tracker",
// "the Social Welfare Department's InfoBencana portal". The body that
// keeps or publishes the findings claims them, as it does in "the
// ministry's daily briefing" (README convention 8: the name a reader
// wants is the body's, not its document's).

// findingsOfNamed reads the phrase [s, e) as findings or an announcement,
// after a determiner and findings modifiers if any, then "of" or "at" and
// a body's capitalised name closing the phrase. It returns the name. What
// findings are about is no body of theirs: "an analysis of satellite
// images" has no capital, and a place or a people after "of" ("a survey
// of Gaza", "a poll of Israelis") is what was counted.
func (v *view) findingsOfNamed(s, e int) (int, int, bool) {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	for k < e && v.toks[k].has(cFindingsModifier) {
		k++
	}
	if k+2 >= e || v.toks[k].capital || !v.toks[k].has(cFindingNoun|cAnnouncement) || !v.is(k+1, wOf, wAt) {
		return 0, 0, false
	}
	n := k + 2
	if v.isOne(n, wThe) {
		n++
	}
	// ("an analysis of Sentinel-2 imagery": a name the phrase was cut
	// inside of, at a hyphen, is no body.)
	if v.isOne(e, wDash) && !v.toks[e].space {
		return 0, 0, false
	}
	if n >= e || !v.toks[n].capital || !v.toks[e-1].capital || !v.capitalisedName(n, e) || v.placeName(n, e) || v.peoplesOnly(n, e) {
		return 0, 0, false
	}
	return n, e, true
}

// periodicTitle reports whether the phrase [s, e) closes on a capitalised
// title of no more than four words after a word of how often it comes out
// ("the Water Authority's annual Drought Outlook"): a work's title,
// whatever its last word, for no body or person comes out yearly
// (mend117; owner.go periodic).
func (v *view) periodicTitle(s, e int) bool {
	k := e - 1
	for k > s && k > e-6 && v.toks[k].word && v.toks[k].capital && !v.toks[k].poss {
		k--
	}
	return k < e-1 && k > s && v.toks[k].titleModifier() && periodic(v.toks[k].low)
}

// titledWorkOwner reads the phrase [s, e) as a capitalised owner's
// possessive before a work with a name of its own, capitalised, whose
// last word, capitalised or not, is what holds findings: "the Kiel
// Institute's Ukraine Support Tracker", "the Social Welfare Department's
// InfoBencana portal". It returns the owner. A capitalised name after a
// possessive with no such word is the owner's unit or person ("the IRC's
// Dr Amani Farah", "Brown University's Costs of War"), read elsewhere.
func (v *view) titledWorkOwner(s, e int) (int, int, bool) {
	if e-s < 4 {
		return 0, 0, false
	}
	h := &v.toks[e-1]
	if !h.word || !h.has(cFindingNoun|cPublication) && !v.periodicTitle(s, e) {
		return 0, 0, false
	}
	m := e - 1
	if !h.capital {
		m--
	}
	// The work's own name: capitalised words, no more than four.
	k := m
	for k > s && k > m-4 && v.toks[k].word && v.toks[k].capital && !v.toks[k].poss {
		k--
	}
	if k == m {
		return 0, 0, false
	}
	// "the Reserve Bank's latest Monetary Policy Statement": a findings
	// modifier between the possessive and the title says which of the
	// owner's works, as before a lower-case one (claim117).
	t0 := k
	for k > s && k >= t0-1 && v.toks[k].titleModifier() {
		k--
	}
	// "Ukraine's State Emergency Service figures": a body's name, not a
	// work's, after a place's possessive is the body whose findings they
	// are.
	for j := k + 1; j < e-1; j++ {
		if w := v.toks[j].low; nameKind(w) || bodyNouns[w] || institutionNouns[w] {
			return 0, 0, false
		}
	}
	a, b, ok := v.possessor(k, s)
	if !ok || b <= a || !v.toks[b-1].capital || v.toks[k].has(cPronoun) || v.placeName(a, b) {
		return 0, 0, false
	}
	return a, b, true
}
