package claimant

// "Let's look at those numbers again.", "Let me give you the figures.": an
// imperative of "let" opening a sentence has no subject; the capitalised
// "Let" is no name, and the sentence announces nobody's figures (see
// subject). A presenter's line so is the programme's own talk.

// letsOpening reports whether token a opens "Let's", "Let us" or "Let me".
func (v *view) letsOpening(a int) bool {
	if a >= len(v.toks) || v.toks[a].low != "let" {
		return false
	}
	if v.toks[a].poss {
		return true
	}
	return a+1 < len(v.toks) && (v.toks[a+1].low == "us" || v.toks[a+1].low == "me")
}
