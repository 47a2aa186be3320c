package claimant

// A sentence after a figure's may name its source with the word "source"
// as its subject and the source after the copula: "The source is UNHCR,
// not some campaigning charity.", "The source of that figure is the World
// Food Programme.", "Its source was the Kenya Red Cross." (convention 5:
// the next sentence points back at the figure). The subject says nothing
// but whose the figure is, as "The figure comes from" does (next.go).

// sourceIsPointer reads such a sentence in view v and returns the source's
// tokens [a, b) and the copula, or ok false. The source is a name, or a
// determiner and a name, closing its clause; "The source of the fire is
// unclear" names no one.
func (v *view) sourceIsPointer() (a, b, cop int, ok bool) {
	n := len(v.toks)
	k := 0
	if v.is(k, wThe, wIts, wTheir) {
		k++
	}
	if k >= n || v.toks[k].low != "source" && v.toks[k].low != "sources" {
		return 0, 0, 0, false
	}
	k++
	// "The source of that figure is", "The source for these numbers is".
	if v.is(k, wOf, wFor) {
		m := k + 1
		for m < n && m <= k+4 && v.toks[m].word && !copulaIDs.has(&v.toks[m].spelling) {
			m++
		}
		k = m
	}
	if k >= n || !copulaIDs.has(&v.toks[k].spelling) || v.is(k+1, wNot, wNt, wNever) {
		return 0, 0, 0, false
	}
	s := k + 1
	x := s
	if x < n && v.toks[x].has(cDeterminer) && !v.toks[x].capital {
		x++
	}
	// "The source is the district office in Arua": after a
	// determiner, a body or people named by their kind are a source as
	// a name is; "the river" is not.
	if x >= n || !v.toks[x].word || !v.toks[x].capital && !(x > s && v.kindSource(x, n)) {
		return 0, 0, 0, false
	}
	s, e := v.npAfter(s, n)
	if e <= s || e < n && !v.boundary(e) && !v.isOne(e, wFullStop) {
		return 0, 0, 0, false
	}
	return s, e, k, true
}

// kindSource reports whether the lower-case phrase opening at x is headed,
// within a few words and before any preposition, by a noun for a body or
// an office ("district office", "health ministry") or for people who can
// speak ("field monitors").
func (v *view) kindSource(x, n int) bool {
	for k := x; k < n && k <= x+3; k++ {
		t := &v.toks[k]
		if !t.word || t.capital || t.has(cPreposition|cDeterminer|cPronoun) {
			return false
		}
		if t.has(cBody|cOffice) || t.agent() {
			return true
		}
	}
	return false
}
