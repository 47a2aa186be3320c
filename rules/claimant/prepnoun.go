package claimant

import "strings"

// A reporting verb's base form after a preposition, "the" and a name,
// with a verb's past straight after it, is the name's noun, not a verb:
// "Water levels at the Bonn gauge reached 6.4 metres". The past is the
// clause's verb, whose subject the noun closes. Without it the base form
// may be the verb of people before the preposition ("Researchers at the
// Kiel Institute estimate that ..."), and a preposition that opens a
// clause as well ("after the ministry said") is a subordinator; both are
// left to the verb readers.

// prepositionNoun reports whether the reporting word at i is such a noun.
func (v *view) prepositionNoun(i, lo int) bool {
	t := &v.toks[i]
	if i+1 >= len(v.toks) || !v.toks[i+1].word || v.toks[i+1].capital || !v.isVerbLike(i+1) {
		return false
	}
	w := t.low
	if t.capital || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || t.has(cIrregularPast|cPastLikeBase) {
		return false
	}
	k := i - 1
	for k >= lo && k >= i-2 && v.toks[k].word && v.toks[k].capital && !v.toks[k].has(cDeterminer) {
		k--
	}
	if k == i-1 || k-1 < lo || !v.isOne(k, wThe) {
		return false
	}
	p := &v.toks[k-1]
	return p.word && !p.capital && p.has(cPreposition) && !p.has(cSubordinator|cClause)
}
