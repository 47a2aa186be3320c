package claimant

// An outlet's or a body's own work of something it examined: "A review by
// the Coastal Herald of court records from four districts found 212 cases",
// "A comparison by the Lahore Chronicle of ministry lists released in March
// found ...". The of-phrase after the name is what the work read, and a
// findings noun in it ("records", "lists") is its noun, not a verb whose
// subject is "the Coastal Herald of court" (npafter.go's npAfter already ends
// the name before a lower-case of-phrase).

// ofPhraseNoun reports whether the word at i, a findings noun that is also
// a verb's form, closes a lower-case of-phrase after a capitalised name:
// "the Meridian of court records", "the Chronicle of ministry lists". The
// word between "of" and it is a plain modifier; "the Ministry of Health
// reports" keeps its verb, its of-phrase being capitalised.
func (v *view) ofPhraseNoun(i int) bool {
	if i < 3 || !v.toks[i].has(cFindingNoun) || !v.isOne(i-2, wOf) {
		return false
	}
	m, name := &v.toks[i-1], &v.toks[i-3]
	return v.plainModifier(i-1) && !m.capital && name.word && name.capital && !name.has(cDeterminer)
}

// workMaker returns the end of the maker's name after the findings noun at
// k and its "by" ("An audit by the Meridian of procurement contracts" →
// "the Meridian"): the name ends before a lower-case of-phrase, which is
// what the work read. Otherwise the phrase's end e.
func (v *view) workMaker(k, e int) int {
	if !v.isOne(k+1, wBy) {
		return e
	}
	if a, b := v.npAfter(k+2, e); a == k+2 && b > a && b < e && v.isOne(b, wOf) && v.toks[b-1].capital {
		return b
	}
	// "A survey by Ipsos for the BBC puts": whom the work was made for
	// is no part of its maker's name (madefor.go makerEnd).
	return v.makerBeforeMaterial(k+2, v.makerEnd(k+2, e))
}

// makerBeforeMaterial returns where a maker's name read after "by" in
// [a, b) ends before an of-phrase that holds a possessive: "A tally by
// the Ledger of the health ministry's daily bulletins" is the Ledger's
// work of the ministry's material, not a body called "the Ledger of the
// health ministry". A name's own "of" ("the Ministry of Health", "the
// Institute for the Study of War") has no possessive after it. b
// otherwise.
func (v *view) makerBeforeMaterial(a, b int) int {
	for m := a + 1; m < b; m++ {
		if !v.isOne(m, wOf) {
			continue
		}
		// "An analysis by the UN human rights office of deaths it had
		// verified": a bare lower-case plural after "of" is what the
		// work read, never part of a body's name.
		if m+1 < b {
			if n := &v.toks[m+1]; n.word && !n.capital && !n.has(cDeterminer) && pluralForm(n.low) && !v.toks[m-1].capital {
				return m
			}
			// "A count by this newspaper of local obituaries": so is one
			// with its modifiers, after a maker that is no body's kind
			// ("the office of legal affairs" names its remit).
			if !v.toks[m-1].capital && !v.toks[m-1].has(cBody) && v.bareMaterial(m+1, len(v.toks)) {
				return m
			}
			// "An analysis by El Observador of 1,200 municipal budgets":
			// a count opening the plural is counted material, which no
			// body's name holds after its "of" (ownedworkcount.go).
			if v.countedMaterial(m + 1) {
				return m
			}
		}
		if !v.toks[m-1].capital {
			continue
		}
		// (The possessive may close the phrase read: "of the health
		// ministry" then "'s".)
		for k := m + 1; k < len(v.toks) && k <= m+5; k++ {
			if v.isOne(k, wApostrophe) {
				return m
			}
			if v.boundary(k) {
				break
			}
		}
	}
	return b
}

// maxMaterialModifiers is how many lower-case modifiers may stand before
// the plural of the material a work read.
const maxMaterialModifiers = 2

// bareMaterial reports whether tokens from k open a bare lower-case plural
// after a few lower-case modifiers, before b: "local obituaries", "public
// death notices".
func (v *view) bareMaterial(k, b int) bool {
	for m := k; m < b && m <= k+maxMaterialModifiers; m++ {
		t := &v.toks[m]
		if !t.word || t.capital || t.has(cDeterminer|cPreposition|cLink) {
			return false
		}
		if m > k && pluralForm(t.low) {
			return true
		}
	}
	return false
}
