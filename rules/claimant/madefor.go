package claimant

// A work made for one party by another: "a poll for El País by
// Metroscopia", "a poll by Metroscopia for El País shows". The maker is
// the claimant, not the party the work was made for; both the reading of
// a work's name (reduce.go) and of a findings verb after its maker
// (findingsattr.go) step over the for-phrase here. A maker's name read
// after "by" ends at its "for" (makerEnd, unless the "for" is inside a
// name: madeForKind), and a subject the work was made for reads back to
// its maker (madeForSubject, ownerBeforeFor); those came from made.go.

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

// makerEnd returns where the maker's name in [a, b), read after "by",
// ends before the bodies the findings were made for: "conducted by Ipsos
// for the BBC, ITV and Sky" is Ipsos's poll. A maker cuts at "for" unless
// the word before it is a kind of body or its people ("Institute for
// the Study of War", "Physicians for Human Rights"), whose "for" is in the
// name.
func (v *view) makerEnd(a, b int) int {
	if v.toks[a].has(cDeterminer) {
		a++
	}
	// "compiled by Kathmandu Daybreak from the Department of Tourism's
	// monthly releases": "from" after the maker's name opens its
	// material (claim28); "researchers from Oxford University" are the
	// body's people, whose body speaks.
	for m := a + 1; m < b-1 && m <= a+8; m++ {
		if v.isOne(m, wFrom) && v.toks[m-1].capital && v.toks[m-1].word && v.toks[a].capital {
			return m
		}
	}
	// "by Ipsos I&O for NOS", "by Peil.nl for the Telegraaf": a maker
	// of several words cuts at "for" too, when the word before it is no
	// kind of body or its people.
	k := a + 1
	for k < b && k <= a+4 && !v.isOne(k, wFor) && (v.toks[k].capital || v.is(k, wAmpersand, wFullStop)) {
		k++
	}
	if k < b && !v.isOne(k, wFor) && v.toks[a].capital {
		return v.describedMakerEnd(a, k, b)
	}
	if k >= b || !v.isOne(k, wFor) || !v.toks[a].capital {
		return b
	}
	if madeForKind(v.toks[k-1].low) {
		return b
	}
	return k
}

// describedMakerEnd goes on makerEnd's reading past the capitals [a, k)
// into one or two lower-case words of description and the capitals after
// them, to a "for" (claim48): "by the Delta agency for the Baltic Herald"
// and "by the Lisbon research firm Aximage for the Tagus Post" end at
// "for"; the name is then read out of its description as anywhere
// (convention 8: "Delta", "Aximage"). A lower-case word before "for" must
// be a kind of body ("agency", "firm"); a lower-case word that is a verb,
// a preposition or a determiner ends the reading, as does no "for" (b
// then).
func (v *view) describedMakerEnd(a, k, b int) int {
	d := k
	for n := 0; k < b && n < 2 && v.toks[k].word && !v.toks[k].capital && !v.isOne(k, wFor) && !v.toks[k].has(cPreposition|cDeterminer|cPronoun|cClause) && !v.isVerbLike(k); n++ {
		k++
	}
	if k == d {
		return b
	}
	for k < b && k <= a+7 && v.toks[k].word && v.toks[k].capital {
		k++
	}
	if k >= b || !v.isOne(k, wFor) {
		return b
	}
	if !v.toks[k-1].capital && !madeForKind(v.toks[k-1].low) {
		return b
	}
	return k
}

// madeForSubject reads back from a subject [src, srcEnd) that closes "a
// findings noun (made) by X for ... src": the maker X, when its name stops
// at the "for" (see makerEnd) and the subject is among those it was made
// for. A maker named before the findings noun is its maker too: "A Verian
// poll for this programme puts" (ownerBeforeFor).
func (v *view) madeForSubject(src, srcEnd, lo int) (int, int, bool) {
	for k := src - 1; k > lo && k >= src-12; k-- {
		if v.boundary(k) && !v.isOne(k, wComma) {
			return 0, 0, false
		}
		if x, y, ok := v.ownerBeforeFor(k, lo); ok {
			return x, y, true
		}
		if !v.isOne(k, wBy) {
			continue
		}
		p := k - 1
		if v.is(p, wOut, wUp) {
			p--
		}
		// "Polling by YouGov for The Times puts": "by" right after the
		// findings noun, no participle between.
		direct := v.toks[k-1].has(cFindingNoun) && v.toks[k-1].word
		if !direct && (p-1 < lo || !v.toks[p].word || v.toks[p].capital || !v.toks[p-1].has(cFindingNoun)) {
			return 0, 0, false
		}
		// ("for The Times": a capitalised article opens the subject,
		// so the maker's phrase is read a token past it; "Polling by
		// Ipsos I&O for NOS puts": a subject read back through "for"
		// holds the maker, and is read to its end.)
		a, b := v.npAfter(k+1, min(max(src+2, srcEnd), len(v.toks)))
		if b <= a {
			return 0, 0, false
		}
		e := v.makerEnd(a, b)
		// ("by Ipsos for the broadcaster NOS": the phrase read after
		// "by" stops at a "for" before lower-case words.)
		if e == b && v.isOne(b, wFor) && v.toks[a].capital && !madeForKind(v.toks[b-1].low) {
			return a, b, true
		}
		if e >= b || !v.isOne(e, wFor) {
			return 0, 0, false
		}
		return a, e, true
	}
	return 0, 0, false
}

// ownerBeforeFor reports whether token k is "for" after a findings noun
// whose maker is named before it by capitalised words after an article:
// "A Verian poll for this programme", "an Ipsos survey for the Times". It
// returns the maker.
func (v *view) ownerBeforeFor(k, lo int) (int, int, bool) {
	f := k - 1
	if !v.isOne(k, wFor) || f-2 < lo || !v.toks[f].word || v.toks[f].capital || !v.toks[f].has(cFindingNoun) {
		return 0, 0, false
	}
	// "Norstat Analytics exit poll for the three public channels gives": a
	// pollster before the poll's kind word, no article needed
	// (pollkind.go).
	if x, y, ok := v.pollMakerOwner(f-1, lo); ok {
		return x, y, true
	}
	m := f
	for m-1 > lo && m > f-3 && v.toks[m-1].word && v.toks[m-1].capital && !v.toks[m-1].has(cDeterminer) {
		m--
	}
	if m == f || !v.toks[m-1].has(cDeterminer) {
		return 0, 0, false
	}
	return m, f, true
}

// madeForKind reports whether w is a kind of body or its people, whose
// "for" is inside a name: "Institute for", "Physicians for".
func madeForKind(w string) bool {
	return bodyNouns[w] || institutionNouns[w] || agentNoun(w) || memberBodies[w]
}
