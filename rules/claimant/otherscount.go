package claimant

// A speaker may name a figure that is another's count: "but councillors
// said Gaza's toll of more than 39,000 was a disgrace", "Critics said the
// army's tally of 900 fighters was inflated". The figure stands in the
// count's "of", owned by the possessive before it, and the speaker only
// mentions it, so the speaker's verb does not claim it: the owner does,
// when it is no place ("the health ministry's toll of 34,000"); a place's
// toll is no one's in particular.

// amountWords may stand between a count's "of" and its figure ("a toll of
// more than 39,000", "a tally of at least 900").
var amountWords = set("more than over at least some about around nearly almost roughly up to just under")

// ownedCountOf reads, before the figure at token ft and after token from,
// "X's <count noun> of N" (tollNouns: "toll", "tally", "estimate"), amount
// words between "of" and the figure: the owner's words [a, b) and the
// count noun at n.
func (v *view) ownedCountOf(from, ft int) (a, b, n int, ok bool) {
	k := ft - 1
	for c := 0; k > from && c < 4 && v.toks[k].has(cAmountWord); c++ {
		k--
	}
	n = k - 1
	if n <= from || !v.isOne(k, wOf) || !v.toks[n].has(cTollNoun) {
		return 0, 0, 0, false
	}
	// "Gaza's toll", "the ministry's death toll": one lower-case word may
	// stand between the possessive and the count noun.
	for h := n; h >= n-1 && h > from+1; h-- {
		if h < n && (!v.toks[h].word || v.toks[h].capital) {
			break
		}
		// The possessive's end: "'s" or a bare apostrophe after an s.
		j := h - 1
		for j > from && (v.isOne(j, wS) || v.isOne(j, wApostrophe)) {
			j--
		}
		if j > from && j < h-1 && v.toks[j].poss && v.possEnd(j) == h {
			return v.npBefore(j+1, from+1), j + 1, n, true
		}
	}
	return 0, 0, 0, false
}

// countOwner reports whether the possessive [s, e) before a count noun
// names whose count it is: a place (read as no one's by the caller), a
// name, a body or people ("the health ministry's toll", "the army's
// tally"), never an event or a time ("the storm's toll", "Saturday's
// tally"), which are what the count is of.
func (v *view) countOwner(s, e int) bool {
	if s >= e {
		return true
	}
	h := &v.toks[e-1]
	if h.has(cDay|cTimeWord|cTimeNoun) || h.has(cTimeHead) {
		return false
	}
	return v.placeName(s, e) || v.keepsCounts(s, e)
}
