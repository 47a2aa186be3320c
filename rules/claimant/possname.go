package claimant

// possessedNameHead reports whether the capitalised word at k closes a
// name that owns something after it: "The Maritime Register's tally",
// "the Harbour Register's count". A findings word there ends the owner's
// name (convention 8: "the Aid Worker Security Database"), and is no
// findings of the words before it.
func (v *view) possessedNameHead(k int) bool {
	t := &v.toks[k]
	return k > 0 && t.capital && !t.shouted && t.word && t.poss && v.is(k+1, wApostrophe) && v.toks[k-1].capital && v.toks[k-1].word && !v.toks[k-1].shouted
}
