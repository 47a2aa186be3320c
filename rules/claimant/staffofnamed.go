package claimant

// staffOfNamed reads people of a named body written after its name with
// what they do there between, closing the phrase [s, e): "Uganda Revenue
// Authority customs officers", "Kenya Wildlife Service rangers", "the
// Kenya Revenue Authority border officials at Namanga" (a place after
// them is where they stand, cut as "here" is). It returns the body: its
// people speak for it (convention 8), whoever of them outlets quote. The
// name must be a body's by its kind (kindHeadedName): "Kenya Power
// engineers" and "Nairobi traders" keep their phrase, for no kind says
// the capitals are a body's and not a place's. peopleAfterNamed reads
// the words of learning and of staff with no modifier; this reads any
// plural calling ("rangers", "officers", "inspectors"), and up to two
// lower-case words of work before it ("customs", "border", "field").
func (v *view) staffOfNamed(s, e int) (int, int, bool) {
	if e-s < 3 {
		return 0, 0, false
	}
	n := s
	if v.toks[n].has(cDeterminer) {
		n++
	}
	for k := n + 2; k < e && k <= n+9; k++ {
		t := &v.toks[k]
		if !t.word || t.capital || !t.agent() || t.low[len(t.low)-1] != 's' {
			continue
		}
		// What follows the people: nothing, or where they are.
		if k+1 < e && !(v.is(k+1, wAt, wIn) && k+2 < e) {
			return 0, 0, false
		}
		m := k
		for m > n && k-m < 2 && v.workWord(m-1) {
			m--
		}
		if m-n < 2 || !v.kindHeadedName(n, m) {
			return 0, 0, false
		}
		return n, m, true
	}
	return 0, 0, false
}

// workWord reports whether token k is a lower-case word that may say what
// people of a body do ("customs", "border", "field"): no determiner,
// preposition, link word, pronoun, verb or kind of body.
func (v *view) workWord(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.poss && !t.has(cDeterminer|cPreposition|cLink|cPronoun|cBody|cInstitution) && !t.report && !v.isVerbLike(k)
}
