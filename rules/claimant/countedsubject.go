package claimant

import "strings"

// countedSubject reports whether verb attribution a's subject is what the
// figure at token ft counts: "Nearly one in five adults in Wales reported
// skipping meals", "About 60 per cent of renters say they ...". The
// people counted answer for themselves; the figure is whoever surveyed
// them (a neighbour may say: "The figure was collected by ..."), never
// the people, so the attribution does not cover it. "Two officials said
// 30 people died" still covers 30.
func (v *view) countedSubject(a attr, ft int) bool {
	if a.kind != kVerb || a.back || a.src <= ft || a.src-ft > 5 || ft >= len(v.toks) || !(v.toks[ft].fig || v.toks[ft].num) {
		return false
	}
	for k := ft + 1; k < a.src; k++ {
		t := &v.toks[k]
		if !t.fig && !t.num && !v.is(k, wIn, wOut, wOf, wPer, wCent, wPercent, wPercentSign) {
			return false
		}
	}
	// The subject is the counted people alone, lower case, with at most
	// a place after a preposition ("adults in Wales"): "the 46,000
	// Palestinians the health ministry says ..." and "people UN agencies
	// say" run on into their real source, a reduced relative, and are
	// left to it.
	for k := a.src; k < a.srcEnd; k++ {
		t := &v.toks[k]
		if v.is(k, wIn, wAcross, wFrom) && k > a.src {
			break
		}
		// ("40 per cent of Syrian refugees in Lebanon say": a people's
		// adjective before the counted people is theirs.)
		// ("63 per cent of Cameroonians say", "38% of Americans say": a
		// people named by its plural, after "of", is the counted people.)
		// ("52 per cent of Britons say", "of Democrats say", "of Muslims
		// say": any one capitalised plural after "of" closing the subject
		// is a people or a group counted, review33a.)
		if !t.word || t.capital && !(v.demonym(k) && k+1 < a.srcEnd && !v.toks[k+1].capital) && !v.peoplesPlural(k, a.src) && !v.groupPlural(k, a) || t.has(cDeterminer|cPronoun) {
			return false
		}
	}
	return true
}

// peoplesPlural reports whether token k, after "of" and past the phrase's
// start s, is a people named by its plural: "Cameroonians", "Kenyans",
// "Americans" (a people's adjective and "s"). "of Médecins Sans
// Frontières" is a body's name, no people.
func (v *view) peoplesPlural(k, s int) bool {
	t := &v.toks[k]
	return k > s && v.isOne(k-1, wOf) && t.word && t.capital && !t.shouted && len(t.low) > 4 && strings.HasSuffix(t.low, "s") && demonym(t.low[:len(t.low)-1])
}

// groupPlural reports whether token k is one capitalised plural alone
// between "of" and the verb of subject a: "52 per cent of Britons say",
// "of Democrats say", "of Muslims say". A people or a group counted by a
// share is named so whether or not its singular is a people's adjective
// (peoplesPlural); a body's kind ("of Nations") or a name in capitals
// is none.
func (v *view) groupPlural(k int, a attr) bool {
	t := &v.toks[k]
	return k > a.src && k+1 == a.srcEnd && v.isOne(k-1, wOf) && t.word && t.capital && !t.shouted && len(t.low) > 4 &&
		strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !t.has(cBody|cInstitution|cGovernment|cForce|cNameKind)
}
