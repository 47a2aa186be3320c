package claimant

import "math/bits"

// A view marks once the tokens that may open an attribution, so that
// readAttributions, asked of a sentence several times (its own figures',
// its neighbours', its subject), does not test every word of it each time.

// markOpeners sets a bit in v.openers for each word that is a frame
// opener, a findings noun, a possessive, or a reporting or findings verb:
// every word readAttributions' skip (which TestAttributionOpenersCovered
// reads) lets through to wordAttributions. It runs when attributions are
// first read, after newView, the last to change a token.
func (v *view) markOpeners() {
	v.openersRead = true
	for i := range v.toks {
		t := &v.toks[i]
		if t.word && (t.has(cFrameOpener|cFindingNoun) || t.poss || t.report || t.finding) {
			v.openers[i>>6] |= 1 << (i & 63)
		}
	}
}

// nextOpener is the first token at or after i, before hi, that markOpeners
// marked, or hi.
func (v *view) nextOpener(i, hi int) int {
	for i < hi {
		if w := v.openers[i>>6] >> (i & 63); w != 0 {
			return min(i+bits.TrailingZeros64(w), hi)
		}
		i = (i | 63) + 1
	}
	return hi
}
