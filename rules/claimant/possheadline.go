package claimant

// A headline closing on its source after a dash names it by capitalised
// words ("– Egyptian Red Crescent", "– WHO"); the source may be owned by
// its country's possessive, as outlets write a body most countries have:
// "Rafah crossing saw just 5 trucks on Sunday — Egypt's Red Crescent",
// "... — Gaza's Civil Defence", "... — Ukraine's State Emergency
// Service". The possessive's apostrophe and "s" are no break in the
// name.

// possessedName reports whether tokens [a, b) are a capitalised word with
// its possessive and then two capitalised words or more: "Egypt's Red
// Crescent".
func (v *view) possessedName(a, b int) bool {
	if b-a < 5 || !v.toks[a].word || !v.toks[a].capital || !v.toks[a].poss {
		return false
	}
	if !v.isOne(a+1, wApostrophe) || !v.isOne(a+2, wS) {
		return false
	}
	return v.allCapitalised(a+3, b)
}
