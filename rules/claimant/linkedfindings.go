package claimant

// A capitalised findings noun joined by "and" to a body's name is a word
// of that name, not findings its place owns: "the Northern Ireland
// Statistics and Research Agency", "the Kerala Statistics and Research
// Agency", "Survey and Mapping Authority". The name's own kind after the
// "and" (an agency, a department, a service) says so; "Kerala Statistics
// and census figures" closes on no kind, and "Statistics" stays findings.

// linkedFindingsInName reports whether the capitalised findings word at k
// is followed by "and" or "&" and up to three capitalised words, the
// last a kind of body, before the name ends.
func (v *view) linkedFindingsInName(k int) bool {
	t := &v.toks[k]
	if !t.word || !t.capital || t.shouted || !t.has(cFindingNoun) || !v.is(k+1, wAnd, wAmpersand) || v.toks[k+1].capital {
		return false
	}
	for m := k + 2; m < len(v.toks) && m <= k+4; m++ {
		n := &v.toks[m]
		if !n.word || !n.capital || n.shouted {
			return false
		}
		if n.nameKind() && (m+1 == len(v.toks) || !v.toks[m+1].capital || !v.toks[m+1].word) {
			return true
		}
	}
	return false
}
