package claimant

// A pointer back whose predicate is a possessive ("The estimate is the UN
// Development Programme's"), its denial ("is not ours but UNRWA's"), and a
// findings owner after it (ownedEnd, deniedOwner, findingsOwnerAfter).

// ownedEnd reports whether a possessive predicate ends at token i: the
// sentence or clause ends there ("is the ministry's."), or after "own"
// or one findings noun ("the Meridian's own", "COGAT's figures").
func (v *view) ownedEnd(i int) bool {
	if v.boundary(i) {
		return true
	}
	if v.isOne(i, wOwn) || v.toks[i].has(cFindingNoun) || v.toks[i].backNoun() {
		// "That was Save the Children's calculation in January, and
		// ...": when it was made closes the predicate as well.
		if v.boundary(i+1) || v.whenCloses(i+1) {
			return true
		}
	}
	// "the council's own numbers", "the IOM's first since the spring":
	// "own" and its noun, or an ordinal standing for the figure itself.
	if v.isOne(i, wOwn) && i+1 < len(v.toks) && (v.toks[i+1].has(cFindingNoun) || v.toks[i+1].backNoun()) {
		return v.boundary(i + 2)
	}
	// "That is the UN's verified figure", "the ministry's official
	// tally.": a modifier or two before the findings noun.
	for k := i; k < i+2 && k+1 < len(v.toks); k++ {
		t := &v.toks[k]
		if !t.word || t.capital || t.has(cFindingNoun) || t.backNoun() || t.has(cPreposition|cDeterminer|cClause|cBetween|cPronoun) {
			break
		}
		// ("Those are the statistics office's trade figures for the
		// June quarter": the period they cover closes it too, claim117.)
		if n := &v.toks[k+1]; (n.has(cFindingNoun) || n.backNoun()) && (v.boundary(k+2) || v.whenCloses(k+2)) {
			return true
		}
	}
	return v.is(i, wFirst, wLatest)
}

// deniedOwner reads, after "is not" and the predicate it denies from token
// k, the owner given instead: past "but" or a semicolon (with "it is"), a
// possessive ending the clause ("UNRWA's") or where "it comes from". None
// when there is none: the denied owner ("my") never is.
func (c *call) deniedOwner(v *view, k int) (Claimant, bool) {
	n := len(v.toks)
	for ; k < n && !v.is(k, wBut, wSemicolon); k++ {
		if v.is(k, wFullStop, wComma) {
			return Claimant{}, false
		}
	}
	if k >= n {
		return Claimant{}, false
	}
	k++
	// "...; it comes from the World Food Programme", "; it is from
	// UNRWA": the source the figure comes from.
	if v.is(k, wIt, wThat, wThis, wThey) && (v.is(k+1, wComes, wCome, wCame) || k+1 < n && copulaIDs.has(&v.toks[k+1].spelling)) && v.isOne(k+2, wFrom) {
		if a, b := v.npAfter(k+3, n); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			return c.pointed(v, a, b, k+2)
		}
		return Claimant{}, false
	}
	if v.is(k, wIt, wThat, wThis) && k+1 < n && copulaIDs.has(&v.toks[k+1].spelling) {
		k += 2
	}
	// "not my hyperbole but the finding of the Sudanese Doctors'
	// Syndicate", "not my rhetoric; it is the finding of the Famine Review
	// Committee": findings "of" their maker ("the finding" is no owned
	// findings the loop below reads).
	if v.isOne(k, wThe) && k+3 < n && (v.toks[k+1].has(cFindingNoun) || v.toks[k+1].backNoun()) && v.isOne(k+2, wOf) {
		if a, b := v.npAfter(k+3, n); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			return c.pointed(v, a, b, k+2)
		}
	}
	for p := k + 1; p < n && p <= k+6; p++ {
		if v.isOne(p, wApostrophe) && v.ownedEnd(v.possEnd(p-1)) {
			return c.pointed(v, k, p, k)
		}
	}
	return Claimant{}, false
}

// findingsOwnerAfter reads, from token a, a possessive owner and its
// findings: "the World Bank's latest damage and needs assessment", "OCHA's
// weekly report". It returns the owner's tokens, its possessive cut.
func (v *view) findingsOwnerAfter(a int) (int, int, bool) {
	x := a
	if x < len(v.toks) && v.toks[x].has(cDeterminer) {
		x++
	}
	p := x
	for p < len(v.toks) && p < x+6 && v.toks[p].word && v.toks[p].capital && !v.toks[p].poss {
		p++
	}
	if p >= len(v.toks) || !v.toks[p].poss || !v.toks[p].capital {
		return 0, 0, false
	}
	for k := v.possEnd(p); k < len(v.toks) && k <= v.possEnd(p)+5 && !v.boundary(k); k++ {
		t := &v.toks[k]
		if !t.word || t.capital {
			return 0, 0, false
		}
		if t.has(cFindingNoun) || t.has(cPostedWork) || t.has(cDocumentNoun) {
			return a, p + 1, true
		}
	}
	return 0, 0, false
}

// whenCloses reports whether a short phrase of when ("in January", "last
// spring", "on Friday", "for the third quarter") runs from token k to a
// boundary: up to four words, one of them a time's. "for" and "the" may
// open it since claim117, for the period owned findings cover ("trade
// figures for the June quarter"): ownedEnd's modified findings rely on
// that; its bare findings noun and ownedByName take it as well. A "for"
// phrase with no time's word in it ("for foreign boats", "for the whole
// country") is no phrase of when (mend117).
func (v *view) whenCloses(k int) bool {
	when := false
	for m := k; m < len(v.toks) && m <= k+4; m++ {
		if v.boundary(m) {
			return when && m > k
		}
		t := &v.toks[m]
		if !t.word && !t.num {
			return false
		}
		when = when || t.has(cDay|cTimeNoun|cTimeHead) || t.has(cTimeNoun) || t.num && len(t.low) == 4
		if !when && !v.is(m, wIn, wOn, wLast, wThis, wEarlier, wFor, wThe) {
			return false
		}
	}
	return false
}

// ownedByName reads a name opening at a, in capitals, then a findings
// noun that closes the predicate, perhaps after the material it drew on
// or when it was made: "AFP tally based on official Israeli figures.",
// "Courier count drawn from the grid operator's map", "UN estimate from
// May". It returns the findings noun's token.
func (v *view) ownedByName(a int) (int, bool) {
	p := a
	for p < len(v.toks) && p <= a+4 && v.toks[p].word && v.toks[p].capital && !v.toks[p].has(cFindingNoun) {
		p++
	}
	if p == a || p >= len(v.toks) || !v.toks[p].has(cFindingNoun) || v.toks[p].capital {
		return 0, false
	}
	if _, ok := v.basisAt(p + 1); ok || v.boundary(p+1) || v.whenCloses(p+1) {
		return p, true
	}
	return 0, false
}
