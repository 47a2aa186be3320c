package claimant

// A findings word in -ing is the work a firm does as well as what it
// finds ("polling"), and written with a capital after a capitalised name
// it is the firm's trade in its name: "Fjord Polling finds", "Redfield
// Polling says" (claim49), as "Consulting", "Research" or "Analytics" close
// a name. "The Lowy Institute's polling" stays the institute's findings:
// in lower case, or after a possessive, the word is what the body found.

// tradeNameHead reports whether the capitalised findings word in -ing at
// k closes a name: a capitalised word before it that is no possessive,
// no findings word and no determiner, and the word is not shouted.
func (v *view) tradeNameHead(k int) bool {
	t := &v.toks[k]
	if k < 1 || !t.word || !t.capital || t.shouted || !t.has(cFindingNoun) || len(t.low) < 6 || t.low[len(t.low)-3:] != "ing" {
		return false
	}
	p := &v.toks[k-1]
	return p.word && p.capital && !p.shouted && !p.poss && !p.has(cFindingNoun|cDeterminer)
}
