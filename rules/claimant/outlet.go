package claimant

// An outlet's own findings: a tally it made from others' figures ("An AFP
// tally based on official Israeli figures puts ...") is the outlet's; the
// figures it drew on are its material, not the claim's source.

// basisWords are the participles that open such a phrase after findings.
var basisWords = set("based drawing drawn relying built compiled")

// basisAt reports whether a phrase naming the material of findings opens
// at token k: a findings noun, then "based on", "drawing on", "drawn
// from", "compiled from". It returns the findings noun's token.
func (v *view) basisAt(k int) (int, bool) {
	if k < 1 || !v.toks[k-1].has(cFindingNoun) || !v.is(k+1, wOn, wFrom, wUpon) || !basisWords[v.toks[k].low] {
		return 0, false
	}
	return k - 1, true
}

// basisStart extends a subject read back to src over the material of the
// findings it belongs to ("A Reuters count based on figures from local
// officials puts"): the findings' phrase start, or src.
func (v *view) basisStart(src, lo int) int {
	// "drawing on" may open the phrase read back.
	for k := src + 1; k > lo && k >= src-8 && k < len(v.toks); k-- {
		if f, ok := v.basisAt(k); ok {
			// "tally" and "count" are verbs too: the phrase before the
			// noun, then the noun.
			return v.npBefore(f, lo)
		}
		if t := &v.toks[k]; !t.word || t.report && !t.has(cFindingNoun) {
			return src
		}
	}
	return src
}

// inBasis reports whether the findings noun at i stands in the material
// of other findings before it ("based on official Israeli figures").
func (v *view) inBasis(i, lo int) bool {
	for k := i - 1; k > lo && k >= i-6; k-- {
		if _, ok := v.basisAt(k); ok {
			return true
		}
		if !v.toks[k].word {
			return false
		}
	}
	return false
}

// beforeBasis returns where the material of findings opens in the phrase
// [s, e), or e: an alias in "A Reuters count based on UN figures" names
// the material, not the count's maker.
func (v *view) beforeBasis(s, e int) int {
	for k := s + 1; k < e; k++ {
		if _, ok := v.basisAt(k); ok {
			return k
		}
		// "A Meridian analysis of Unosat imagery": an owned work's
		// material (see workof.go).
		if v.isOne(k, wOf) && k-1 > s && v.toks[k-1].has(cFindingNoun) && !quantityNounIDs.has(&v.toks[k-1].spelling) && v.ownedWork(k-1, s) {
			return k
		}
	}
	return e
}
