package claimant

// A figure's own subject said to be someone's: "The £2.4bn figure in
// Tuesday's story was the Treasury's estimate", "“The figure of 5,000 is
// the ministry's, not ours,” the UN official said". The predicate's
// possessive owns the figure, as it does a pointer back's in the next
// sentence ("The estimate is the UN Development Programme's",
// pointer.go); the speaker who says whose it is relays it (convention 2).

// figureOwner reads the figure at token ft, ending at byte end, as the head of a
// subject opening a clause ("The N figure", "The figure of N"), a short
// phrase after it, a copula, and a possessive closing the predicate or
// owning findings: the owner's tokens and the copula.
func (v *view) figureOwner(ft, end int) (int, int, int, bool) {
	n := len(v.toks)
	var the, after int
	switch {
	case ft >= 1 && v.isOne(ft-1, wThe):
		fe := v.tokAt(end-1) + 1
		if fe >= n || !v.toks[fe].backNoun() {
			return 0, 0, 0, false
		}
		the, after = ft-1, fe+1
	case ft >= 3 && v.isOne(ft-1, wOf) && v.toks[ft-2].backNoun() && v.isOne(ft-3, wThe):
		the, after = ft-3, v.tokAt(end-1)+1
	default:
		return 0, 0, 0, false
	}
	// The subject opens its clause: the sentence, a label's colon or a
	// quotation mark before it.
	if the > 0 && v.toks[the-1].word {
		return 0, 0, 0, false
	}
	k := -1
	for j := after; j < n && j <= after+6; j++ {
		if v.boundary(j) {
			return 0, 0, 0, false
		}
		if copulaIDs.has(&v.toks[j].spelling) {
			k = j
			break
		}
	}
	if k < 0 {
		return 0, 0, 0, false
	}
	// "The £2.4bn figure was the Treasury's?": a question asks whose it
	// is and claims it for no one (as questioned.go reads a subject asked
	// to say; review59).
	for j := k + 1; j < n; j++ {
		if v.toks[j].low == "?" {
			return 0, 0, 0, false
		}
	}
	a, b := v.npAfter(k+1, n)
	for p := a + 1; p <= b && p < n; p++ {
		if !v.isOne(p, wApostrophe) {
			continue
		}
		// ("was the Treasury's estimate for the whole decade": the
		// subject is the figure, so findings it is said to be need no
		// end to the clause after them.)
		if e := v.possEnd(p - 1); v.ownedEnd(e) || e < n && (v.toks[e].has(cFindingNoun) || v.toks[e].backNoun()) {
			return a, p, k, true
		}
	}
	return 0, 0, 0, false
}
