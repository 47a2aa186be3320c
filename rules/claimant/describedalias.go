package claimant

// A name of no configured claimant beside a description that opens on a
// configured alias and closes on a kind of body is that claimant's body:
// "UNHCR, the UN refugee agency" is the UN's, as "the UN refugee agency"
// alone would be (convention 7: the text names it with an alias);
// "Unosat, the UN's satellite centre", "USAID, the US aid agency". A
// description with the alias further in ("Airwars, a monitor of US
// strikes") or no kind of body closing it names someone else.

// describedAlias returns the configured id of the description in commas
// after the name ending at e: "the" or "a", an alias right after it, and
// lower-case words closing on a kind of body, then a comma or the end.
func (c *call) describedAlias(v *view, e int) (string, bool) {
	if !v.isOne(e, wComma) || !v.is(e+1, wThe, wA, wAn) {
		return "", false
	}
	k := e + 2
	if k >= len(v.toks) {
		return "", false // ", a" ending a cut text: no description
	}
	id, n := c.aliasStarting(v, k, k, len(v.toks), 0)
	if n == 0 {
		return "", false
	}
	m := k + 1
	// ("the UN children's agency": a possessive inside the description.)
	for m < len(v.toks) && (v.toks[m].word && !v.toks[m].has(cPreposition|cClause|cDeterminer) && !v.toks[m].report || v.isOne(m, wApostrophe)) {
		m++
	}
	if m < len(v.toks) && !v.isOne(m, wComma) && !v.boundary(m) {
		return "", false
	}
	last := &v.toks[m-1]
	if m-1 < k+n-1 || last.capital || !(bodyNouns[last.low] || institutionNouns[last.low] || nameKinds[last.low] || serviceKinds[last.low]) {
		return "", false
	}
	return id, true
}
