package claimant

// ownCited reports whether the phrase a "citing" opens at token i is the
// citer's own: "the civil defence said, citing its field teams and
// reports from families", "citing their own records", and the maker of
// the findings cited ("citing figures gathered by its teams"). A possessive
// pronoun takes up the subject, so the citer's people or papers are no
// other source, and the subject keeps the figure (convention 2 gives a
// figure to an inner source only when it is someone else).
func (v *view) ownCited(i int) bool {
	return v.is(i, wIts, wTheir)
}

// nameBeside reports whether a comma at k opens a name in apposition to
// the phrase before it: "its partner, the Sudanese Doctors Network".
func (v *view) nameBeside(k int) bool {
	if !v.comma(k) {
		return false
	}
	n := k + 1
	if v.is(n, wThe) {
		n++
	}
	return n < len(v.toks) && v.toks[n].word && v.nameStart(n)
}
