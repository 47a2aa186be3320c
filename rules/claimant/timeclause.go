package claimant

// timeClauseAt reports whether a clause of time or circumstance opens at
// k, right after a reporting verb: "..., Ulrike Haas said as the final
// count was published", "..., the agency said when the toll was
// updated". The verb still ends its own clause and reaches back; "said
// as many as 40" (an amount) is no such clause, nor "as" before anything
// but a determiner or a pronoun.
func (v *view) timeClauseAt(i, k int) bool {
	if k != i+1 || !v.is(k, wAs, wWhen, wWhile) || k+1 >= len(v.toks) {
		return false
	}
	n := &v.toks[k+1]
	return n.has(cDeterminer) && !n.fig && !v.is(k+1, wMany, wMuch, wFew, wLittle, wHigh, wLow, wLong, wFar, wWell) || n.has(cPronoun)
}
