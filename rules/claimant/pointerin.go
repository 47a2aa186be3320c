package claimant

// A pointer back at a figure may say where the figure stands rather than
// where it comes from: "The figure is contained in the Bank of Ghana's
// latest Summary of Economic and Financial Data", "That estimate appears
// in Ecobank's weekly note", "The number was published in the Met
// Office's annual digest". inFindings reads such findings by their noun
// and their maker's "by", "from" or "of" after it; here the maker is the
// possessive before them, and whatever the work is called (a title in
// capitals, a lower-case thing), its owner is the source, as after
// "comes from" (reduce.go reads the owner of the phrase after "in").

// inOwnedWork returns the token "in" after the pointer's verb at token i
// ("is contained in", "appears in", "was published in", "is in") when a
// name's or a body's possessive follows it within ten tokens, before any
// figure, boundary or preposition outside a name; -1 otherwise.
func (v *view) inOwnedWork(i int) int {
	k := i
	switch {
	case v.passiveAt(k):
		k += 2 // "was published in", "is contained in"
	case k < len(v.toks) && (v.toks[k].low == "appears" || v.toks[k].low == "appeared"):
		k++
	case v.is(k, wIs, wWas, wAre, wWere):
		k++ // "is in"
	default:
		return -1
	}
	if !v.isOne(k, wIn) {
		return -1
	}
	for m := k + 1; m < len(v.toks) && m <= k+10 && !v.boundary(m) && !v.toks[m].fig; m++ {
		t := &v.toks[m]
		// ("a report on the storm's damage": a possessive past a
		// preposition owns what the work is about, not the work; "the
		// Office for National Statistics' monthly bulletin": a link word
		// between a name's capitals is the name's.)
		if t.has(cPreposition) && !t.capital && !(t.has(cLink) && v.toks[m-1].capital && m+1 < len(v.toks) && v.toks[m+1].capital) {
			return -1
		}
		// ("the storm's", "its": an event's or a pronoun's possessive
		// owns no work; a name's or a body's kind does.)
		if t.poss && t.word && (t.capital || t.has(cBody|cInstitution|cGovernment)) {
			if v.placeOwned(k+1, m) {
				return -1
			}
			return k
		}
	}
	return -1
}

// placeOwned reports whether the possessive at token m, its name opening
// at or after token a, is a place's or what it owns is a place's part:
// "is in Pakistan's worst-hit province", "was recorded in Britain's
// biggest cities" say where the figure happened, and no work holds it
// (review53). The head after the possessive is the last word before a
// preposition or a boundary.
func (v *view) placeOwned(a, m int) bool {
	// The owner's name, read back over its capitals and the link words
	// between them ("the Bank of Ghana's", "Meat & Livestock Australia's").
	x := m
	for x > a && (v.toks[x-1].word && v.toks[x-1].capital || x-2 >= a && v.toks[x-1].has(cLink) && v.toks[x-2].capital) {
		x--
	}
	if v.placeName(x, m+1) || v.knownPlace(x, m+1) || v.knownRegion(x, m+1) || demonym(v.toks[m].low) {
		return true
	}
	h, n0 := -1, m+1
	// (past the possessive's "'s" or bare "'")
	if v.isOne(n0, wApostrophe) {
		n0++
	}
	if v.isOne(n0, wS) && !v.toks[n0].space {
		n0++
	}
	for n := n0; n < len(v.toks) && n <= m+8; n++ {
		t := &v.toks[n]
		// ("Scotland's four largest cities": a count inside the phrase.)
		if !t.word && !t.fig || v.boundary(n) || t.has(cPreposition) && !t.capital {
			break
		}
		h = n
	}
	if h < 0 {
		return false
	}
	w := singular(v.toks[h].low)
	return placeKinds[w] || placeNouns[w]
}
