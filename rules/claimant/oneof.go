package claimant

// oneOfThem reports whether token k, opening the phrase [s, e), is "one"
// before more words: "One estimate puts ...", "one count has it": one of
// several findings, which says how many, not whose ("One official said"
// still names people: personNoun and the quantifier test decide the rest).
func (v *view) oneOfThem(k, s, e int) bool {
	// ("One estimate": the owner read before the findings noun is "One".)
	return k == s && v.is(k, wOne) && (k+1 < e || e < len(v.toks) && v.toks[e].has(cFindingNoun))
}
