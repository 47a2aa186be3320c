package claimant

// A capitalised findings word after three capitalised words or more
// closes a body's name, wherever the name stands: "The Aid Worker
// Security Database recorded 280 deaths" (opening the sentence), "... –
// Aid Worker Security Database" (closing a headline), "the Global
// Terrorism Index Report". nameHead takes such a word into the name only
// after a lower-case "the", since "The Ledger Survey found" is the
// Ledger's survey; an owner named by three capitalised words before its
// own findings word is rare enough, and the convention writes the name
// whole (convention 8: "the Aid Worker Security Database").

// longNameHead reports whether the capitalised findings word at k follows
// three capitalised words of a name, none a possessive or a findings
// word itself.
func (v *view) longNameHead(k int) bool {
	if k < 3 || !v.toks[k].capital || v.toks[k].shouted || !v.toks[k].has(cFindingNoun) {
		return false
	}
	for m := k - 3; m < k; m++ {
		t := &v.toks[m]
		if !t.word || !t.capital || t.shouted || t.poss || t.has(cFindingNoun|cDeterminer) {
			return false
		}
	}
	return true
}
