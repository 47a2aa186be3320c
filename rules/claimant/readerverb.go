package claimant

// An opinion writer turns the reader to a source with an imperative
// opening the sentence: "Consider the Kyiv School of Economics, hardly a
// propaganda shop.", "Take the Red Cross, which ...", "Remember the UN's
// own monitors". The verb is the writer's and no word of the name it
// points at. Names that open on such a word ("Save the Children") are no
// address to the reader: the words below are only those of pointing.

// readerVerbs point the reader at what follows.
var readerVerbs = set("consider take remember recall note compare")

// readerAddress reports whether token a opens its sentence on a verb
// pointing the reader at the noun phrase after it.
func (v *view) readerAddress(a, hi int) bool {
	if a+1 >= hi || a > 0 && !v.boundary(a-1) {
		return false
	}
	t := &v.toks[a]
	// (Every reader verb has four letters or more: "The" is asked no map.)
	return t.word && t.capital && !t.shouted && len(t.low) >= 4 && readerVerbs[t.low] && (v.toks[a+1].has(cDeterminer) || v.toks[a+1].capital)
}
