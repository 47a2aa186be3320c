package claimant

// A work made for one party by another: "a poll for El País by
// Metroscopia", "a poll by Metroscopia for El País shows". The maker is
// the claimant, not the party the work was made for; both the reading of
// a work's name (reduce.go) and of a findings verb after its maker
// (findingsattr.go) step over the for-phrase here.

// makerAfterFor returns the "by" naming a work's maker after whom it was
// made for: the work's word at k, "for", a short phrase, then "by" and a
// name ("a poll for El País by Metroscopia"). False when no "by" follows
// within the for-phrase.
func (v *view) makerAfterFor(k, e int) (int, bool) {
	if !v.isOne(k+1, wFor) {
		return 0, false
	}
	for m := k + 3; m+1 < e && m <= k+8; m++ {
		if v.boundary(m) || v.toks[m].fig {
			return 0, false
		}
		if v.isOne(m, wBy) {
			return m, v.toks[m+1].capital || v.toks[m+1].has(cDeterminer)
		}
	}
	return 0, false
}

// pastMadeFor returns where the verb after a maker's name ending at b
// stands past whom the work was made for: ", a poll by Metroscopia for
// El País shows" → "shows". b when no "for" and short phrase lead to a
// verb of findings or claim.
func (v *view) pastMadeFor(b, hi int) int {
	// "an audit by the Andean Water Council (AWC) showed": the
	// maker's short name in brackets closes its name, and the verb
	// follows it.
	if b+2 < hi && v.isOne(b, wOpenBracket) && v.isOne(b+2, wCloseBracket) && v.toks[b+1].word && v.toks[b+1].shouted {
		return b + 3
	}
	if b >= hi || !v.isOne(b, wFor) {
		return b
	}
	for y := b + 2; y < hi && y <= b+6 && !v.boundary(y); y++ {
		if t := &v.toks[y]; (t.finding || t.report) && t.word && !t.capital {
			return y
		}
		if t := &v.toks[y]; t.fig || t.num || t.has(cClause) {
			return b
		}
	}
	return b
}
