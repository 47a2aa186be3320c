package claimant

// A word capitalised only by opening the sentence is no subject a pronoun
// takes up when it is an adverb: "There are four of them, he says", "Here
// are 40 more names, she said" (an existential or presentational "there"
// or "here" stands where a subject would, and names no one), "Tonight 52
// people wait, she says", "Hence 52 ...", "Instead 52 ..." (a word
// directly before a figure is no subject: a subject is followed by its
// verb). The claimant is then whoever the sentence before names, or no
// one (claimfix32).

// openingAdverb reports whether tokens [x, y), one word at the opening lo
// of the sentence, are such an adverb.
func (v *view) openingAdverb(x, y, lo int) bool {
	if y-x != 1 || x != lo || v.toks[x].shouted {
		return false
	}
	if v.is(x, wThere, wHere) {
		return true
	}
	if y >= len(v.toks) {
		return false
	}
	return v.toks[y].fig || v.toks[y].num
}
