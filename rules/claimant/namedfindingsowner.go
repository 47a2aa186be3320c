package claimant

// A capitalised findings word after a capitalised word and before a
// lower-case findings noun is the last word of the noun's owner's name:
// "A Paulista Business Review analysis of customs data found", "a
// Caribbean Policy Report survey", "the Lowy Institute Index poll". The
// lower-case noun is the findings; the capitalised one is the outlet's or
// body's name it closes ("Review", "Report", "Index").

// findingsWordBeforeFindings reports whether the capitalised findings word
// at k follows a capitalised word and comes before a lower-case findings
// noun.
func (v *view) findingsWordBeforeFindings(k int) bool {
	if k < 1 || k+1 >= len(v.toks) || !v.toks[k].capital || v.toks[k].shouted || !v.toks[k].has(cFindingNoun) {
		return false
	}
	p, n := &v.toks[k-1], &v.toks[k+1]
	return p.word && p.capital && !p.poss && n.word && !n.capital && n.has(cFindingNoun)
}
