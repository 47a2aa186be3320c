package claimant

// A name of no configured claimant beside a description that opens on a
// configured alias and closes on a kind of body is that claimant's body:
// "UNHCR, the UN refugee agency" is the UN's, as "the UN refugee agency"
// alone would be (convention 7: the text names it with an alias);
// "Unosat, the UN's satellite centre", "USAID, the US aid agency". A
// description with the alias further in ("Airwars, a monitor of US
// strikes") or no kind of body closing it names someone else. The
// description may stand before the name too: "the UN refugee agency
// UNHCR", "the US aid agency USAID".

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
	if m-1 < k+n-1 || last.capital || !(last.has(cBody) || last.has(cInstitution) || last.has(cNameKind) || serviceKindIDs.has(&last.spelling)) {
		return "", false
	}
	return id, true
}

// kindDescribedAlias returns the configured id of a description before a
// name, tokens [s, k) ending where the name starts at k: perhaps an
// article, then an alias, and lower-case words closing on a kind of
// body — "the UN refugee agency UNHCR".
func (c *call) kindDescribedAlias(v *view, s, k int) (string, bool) {
	// (The article may have been passed over already.)
	if v.is(s, wThe, wA, wAn) {
		s++
	}
	if k <= s {
		return "", false
	}
	id, n := c.aliasStarting(v, s, s, k, 0)
	// ("Israel's rescue service Zaka": a place's possessive owns the
	// kind, which is no part of its claimant.)
	if n == 0 || s+n >= k || v.isOne(s+n, wApostrophe) {
		return "", false
	}
	// ("the UN children's agency Unicef": a possessive inside it.)
	for m := s + n; m < k; m++ {
		if t := &v.toks[m]; (!t.word || t.capital || t.has(cPreposition|cClause|cDeterminer)) && !v.isOne(m, wApostrophe) {
			return "", false
		}
	}
	if last := &v.toks[k-1]; !(last.has(cBody) || last.has(cInstitution) || last.has(cNameKind) || serviceKindIDs.has(&last.spelling)) {
		return "", false
	}
	return id, true
}
