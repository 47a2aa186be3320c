package claimant

// A next sentence may name the figure's source as its subject and say so
// in the predicate: "The WHO's attack surveillance system is the source.",
// "The Kenya Fisheries Service is the source of that figure.", "Kenya's
// interior ministry was the source for those numbers." It points back as
// "The figure comes from ..." does, the other way round. "The storm is the
// source of the flooding" names a cause, not the figure's source: the
// predicate closes there, or its "of" or "for" takes up a figure.

// sourcePredicate reads view v's subject [a, b) before "is the source"
// or "was the source", named (a capital in it past its first word, a name
// closing it, initials or a possessive opening it, or a body's kind or
// people closing it), and returns the copula at k.
func (v *view) sourcePredicate() (a, b, k int, ok bool) {
	// Most sentences have no "source": their subject is not read.
	if !v.words.has(wSource) {
		return 0, 0, 0, false
	}
	n := len(v.toks)
	a, b = v.npAfter(0, n)
	k = b
	if b <= a || k+2 >= n || !copulas[v.toks[k].low] || !v.isOne(k+1, wThe) || v.toks[k+2].low != "source" {
		return 0, 0, 0, false
	}
	// ("Poor drainage was the source": a sentence's first capital names
	// no one unless it is a name's, closing the phrase, owning its head
	// or written in capitals.)
	first := &v.toks[a]
	if last := &v.toks[b-1]; !(a+1 < b && v.anyCapital(a+1, b)) && !last.capital && !first.shouted && !v.isOne(a+1, wApostrophe) && !last.has(cBody) && !personNoun(last.low) && !agentNoun(last.low) {
		return 0, 0, 0, false
	}
	j := k + 3
	if v.is(j, wOf, wFor) {
		if !v.is(j+1, wThat, wThis, wThese, wThose, wThe) || j+2 >= n || !(v.toks[j+2].backNoun() || v.toks[j+2].has(cFindingNoun)) {
			return 0, 0, 0, false
		}
		j += 3
	}
	if j < n && !v.boundary(j) {
		return 0, 0, 0, false
	}
	return a, b, k, true
}
