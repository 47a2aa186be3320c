package claimant

// pronounsOwn reports whether the findings noun at token i belongs to the
// subject of its clause by a possessive pronoun ("estimated in its
// year-end report that the population had shrunk", "builds its count
// from obituaries, regional news and posts"), and what follows it is no
// other source: a that-clause (what the findings say, not who made them)
// or material named without a name ("from obituaries"). The subject's own
// verb then claims the figure. "obtains its figures from the prison
// service" still names a maker after "from".
func (v *view) pronounsOwn(i, lo, hi int) bool {
	k := i - 1
	// "its year-end report", "their latest count": modifiers between.
	// ("year-end" is three tokens.)
	for k > lo && k >= i-4 && (v.toks[k].word || v.is(k, wDash)) && !v.toks[k].capital && !v.is(k, wIts, wTheir) && !v.toks[k].has(cDeterminer|cPreposition) {
		k--
	}
	if k < lo || !v.is(k, wIts, wTheir) {
		return false
	}
	j := i + 1
	if v.is(j, wThat) {
		return true
	}
	if v.is(j, wFrom) && j+1 < hi {
		n := &v.toks[j+1]
		return n.word && !n.capital && !n.has(cDeterminer)
	}
	return false
}
