package claimant

// possessedOwner reads a phrase [s, e) that opens with its owner: "Our
// tracker", "The Meridian's mapping of fire perimeters". As the subject of
// a findings verb ("shows", "found") the phrase is findings whatever its
// noun, and the owner made them. It returns the owner's tokens.
func (v *view) possessedOwner(s, e int) (int, int, bool) {
	if v.is(s, wOur, wMy, wTheir, wIts) {
		return s, s + 1, e > s+1
	}
	for k := s + 1; k < e-1 && k <= s+6; k++ {
		if !v.toks[k].word && !v.is(k, wApostrophe, wAmpersand, wDash, wFullStop) {
			return 0, 0, false
		}
		if v.isOne(k, wApostrophe) && v.toks[k-1].poss {
			// ("Afrobarometer's 2024 survey": a year after the
			// possessive says which work, np.go yearAfterPossessive.)
			if n := v.possEnd(k - 1); n < e && (v.toks[n].word || v.yearAfterPossessive(n, s, e)) {
				return v.possessor(n-1, s)
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// findingsSubject reports whether an attribution is a findings verb
// ("shows", "found") whose subject opens with its owner: see
// possessedOwner.
func (v *view) findingsSubject(a attr) (int, int, bool) {
	// A sentence's opening noun phrase read as its subject has no verb
	// of its own when it runs to the sentence's end ("Sudan").
	if a.anchor >= len(v.toks) {
		return 0, 0, false
	}
	t := &v.toks[a.anchor]
	if a.kind != kVerb || !t.finding || t.report || a.anchor < a.srcEnd || v.hasFindingsHead(a.src, a.srcEnd) {
		return 0, 0, false
	}
	// "Pakistan's Election Commission shows": a body's name possessed by
	// its place is the subject itself, which shows what it published
	// ("Our tracker shows" is the outlet's own work).
	if h := &v.toks[a.srcEnd-1]; h.capital && !h.shouted && nameKind(h.low) {
		return 0, 0, false
	}
	x, y, ok := v.possessedOwner(a.src, a.srcEnd)
	// "Morocco's interior ministry indicated that 2,946 ...": a body named
	// by its kind, owned by its place, is the subject as its name would
	// be; the place says whose ministry, and does not speak.
	// So are a place's people named by their work ("Ankara's own auditors
	// found"), who are no body's staff to speak for it.
	if h := &v.toks[a.srcEnd-1]; ok && (h.has(cBody) || nameKind(h.low) || h.has(cGovernment|cForce) || h.agent()) && v.placeName(x, y) {
		return 0, 0, false
	}
	// "Seoul's finance ministry projects": a portfolio's ministry is a
	// government's, whatever the owner (portfolioowner.go).
	if h := &v.toks[a.srcEnd-1]; ok && !h.capital && h.has(cBody) && y-x == 1 && v.portfolioAfterOwner(v.possEnd(y-1), a.srcEnd-1) {
		return 0, 0, false
	}
	return x, y, ok
}

func (v *view) possessedSubject(s, e int) bool {
	_, _, ok := v.possessedOwner(s, e)
	return ok
}

// ownedHead widens a findings verb's subject read back to "the Kherson
// shoreline" to the phrase it completes, "Our monitoring of the Kherson
// shoreline", when that opens with its owner or is findings: the head of
// "Our review of the ministry's bulletins" is the review, not the
// bulletins.
func (v *view) ownedHead(at *attr, lo int) {
	// "of flooded fields": lower-case words between "of" and the phrase
	// read back.
	of := at.src - 1
	// ("of 1,200 municipal budgets": their count too, ownedworkcount.go.)
	for of > lo && of >= at.src-4 && (v.toks[of].word && !v.toks[of].capital && !v.isOne(of, wOf) && !v.toks[of].inLexicon() || v.countedMaterial(of)) {
		of--
	}
	if of <= lo || !v.isOne(of, wOf) {
		return
	}
	if x := v.npBefore(of, lo); x < of && (v.possessedSubject(x, of) || v.hasFindingsHead(x, of)) {
		at.src = x
	}
}

// onAside reports whether token k is "on" opening an aside, at the
// sentence's start or after a comma: "On the ministry's figures, ...",
// "..., on UNRWA's own accounting". Inside a phrase "on" says where
// ("names on the ministry's list", "published on Monday").
func (v *view) onAside(k int) bool {
	return v.isOne(k, wOn) && (k == 0 || v.isOne(k-1, wComma) || v.isOne(k-1, wDash) && v.toks[k-1].space)
}

// inOwnersTerms makes a frame of findings with their named owner after
// "in", "by" or "on" ("in Israel's count", "In the Kremlin's telling", "by
// UN estimates", "on Israel's count", as British copy writes it): like
// "according to", it covers its clause either side. A pronoun owner ("in its own
// telling", "By our count") stays findings, for the pronoun to be taken up.
func (v *view) inOwnersTerms(a *attr) {
	if a.kind == kFindings && a.srcEnd-a.src > 1 && (v.isOne(a.src, wIn) || v.onAside(a.src)) && !v.toks[a.src].capital {
		a.src++ // read back into the owner's phrase as if inside a name
	}
	// ("on 38 per cent in a Savanta poll for the Mirror": an article
	// between "in" and a named owner, claim48's inarticle.go.)
	if a.kind == kFindings && a.srcEnd <= a.anchor && (v.is(a.src-1, wIn, wBy) || v.onAside(a.src-1) || v.inArticleOwner(*a)) {
		if !v.toks[a.src].has(cPronoun) && !v.toks[a.src].has(cFirstPerson) {
			a.kind, a.back = kFrame, true
		} else if v.isOne(a.src-1, wBy) && v.isOne(a.src-2, wComma) && (v.endsAt(a.anchor+1) || v.isOne(a.anchor+1, wSemicolon)) {
			// "..., by our reckoning.", "..., by their count.": the
			// pronoun's frame closing its clause after a comma reaches
			// back over it as a named owner's does, and stays findings
			// for the pronoun to be taken up. ("noted in its annual
			// report" says where; "By my own count from the lists, ..."
			// opens its clause and covers what follows already.)
			a.back = true
		}
	}
	// "estimated at $60 billion in a study by the Kyiv School of
	// Economics", "4,333 people were on the missing register kept by
	// Libya's Red Crescent": findings whose maker follows them, read
	// after "in" or "on", are where the clause's figure stands, and
	// their maker's either side.
	// (A pronoun after "by" takes up a maker named elsewhere.)
	if a.kind == kFindings && a.src > a.anchor && !v.toks[a.src].has(cPronoun) && v.placedFindings(a.anchor) {
		a.kind, a.back = kFrame, true
	}
}

// placedFindings reports whether the findings noun at k opens, with its
// determiner and perhaps two modifiers, a phrase after "in" or "on": "in a
// study", "on the missing register", "in the latest survey".
func (v *view) placedFindings(k int) bool {
	m := k - 1
	for m > 0 && m >= k-2 && v.toks[m].word && !v.toks[m].capital && !v.toks[m].has(cDeterminer) && (v.plainModifier(m) || v.is(m, wLatest, wLast, wFirst)) {
		m--
	}
	return m > 0 && v.toks[m].has(cDeterminer) && !v.toks[m].has(cPronoun) && v.is(m-1, wIn, wOn)
}

// placedBodyVerb reports whether findings read after "in" are a body's
// place and its verb: "The Ministry of Defence in London estimates
// Russian casualties at ...", where "in London" closes the body's name (a
// capital or a kind of body before it) and "estimates" takes an object as
// a verb does. "In UN estimates, ..." and "killed in Hamas estimates"
// stay findings in their owner's terms.
func (v *view) placedBodyVerb(a attr) bool {
	in, n := a.src-1, a.anchor+1
	if a.kind != kFindings || a.srcEnd > a.anchor || in < 1 || n >= len(v.toks) || !v.isOne(in, wIn) {
		return false
	}
	// ("Aid workers in Sudan count 1,900": placedpeople.go.)
	if p := &v.toks[in-1]; !p.word || !(p.capital || p.has(cBody) || v.peopleBeforeIn(in)) {
		return false
	}
	t := &v.toks[n]
	return t.has(cDeterminer|cQuantifier) || v.isOne(n, wThat) || t.word && t.capital || t.fig || t.num
}

// accounts appends the accounts of tokens [lo, hi) an owner gives in a
// verbal noun after "in" or "by": "In the Kremlin's telling", "in its own
// telling". Read from "in" and "by", not from the verbal noun, which is
// not a word any attribution opens with.
func (v *view) accounts(lo, hi int, out []attr) []attr {
	// Most sentences lack "in" or "by", or an owner after it: a possessive
	// pronoun or an apostrophe (see view.words).
	w := &v.words
	if !w.has(wIn) && !w.has(wBy) && !w.has(wOn) || !w.has(wIts) && !w.has(wTheir) && !w.has(wHis) && !w.has(wHer) && v.marks&spApostrophe == 0 {
		return out
	}
	for k := lo; k+3 < hi; k++ {
		// (All are prepositions: the class bit passes most words over.)
		// "on UNRWA's own accounting": British copy's "on" as "by".
		if !v.toks[k].has(cPreposition) || !v.is(k, wIn, wBy) && !v.onAside(k) {
			continue
		}
		a, b, g := k+1, k+2, k+2 // "its", "their"
		if !v.toks[a].has(cPronoun) || !v.is(a, wIts, wTheir, wHis, wHer) {
			// "the Kremlin's": the owner's words up to the possessive
			b = 0
			for m := k + 2; m < hi && m <= k+6; m++ {
				if v.isOne(m, wApostrophe) && v.toks[m-1].poss {
					b = m
					break
				}
				// ("in battles around the state broadcaster's building": a
				// preposition or a verb between is no owner's word.)
				if p := &v.toks[m-1]; !p.word || p.report || p.finding || m-1 > k+1 && p.has(cPreposition) {
					break
				}
			}
			if b == 0 {
				continue
			}
			g = v.possEnd(b - 1)
		}
		if v.isOne(g, wOwn) {
			g++
		}
		if g < hi && v.gerund(g) && !v.toks[g].report && accountNoun(v.toks[g].low) {
			at := attr{src: a, srcEnd: b, anchor: g, kind: kFindings}
			v.inOwnersTerms(&at)
			out = append(out, at)
		}
	}
	return out
}

// accountNoun reports whether the verbal noun w gives an account: its
// verb's stem is a verb of claim, of counting or of findings ("telling",
// "reckoning", "counting", "tallying", "calculating"), or it names an
// account as its own noun does: "by its own accounting", "on Unosat's
// reading of the images" (an account, a reading of). "in a household's
// outlay", "in the army's shelling" name what the owner does
// or has, and give no account of it. claim116.
func accountNoun(w string) bool {
	st := stem(w)
	return reportStems[st] || countStems[st] || findingStems[st] || st == "account" || st == "read"
}

// unitNouns are a named body's units, which speak for it ("the trauma
// ward at Al-Nour hospital").
var unitNouns = set("department ward unit wing section")

// ownDocument reads, at token k of the phrase [s, e), "own" or "official"
// after a possessive and before a lower-case noun that is no body, post or
// people ("the KPU's official recapitulation of votes", "the Electoral
// Board's own minutes"): the owner, whose findings the noun is.
func (v *view) ownDocument(s, k, e int) (int, int, bool) {
	if k-2 <= s || k+1 >= e || !v.is(k, wOwn, wOfficial) {
		return 0, 0, false
	}
	// "the UN's own agencies" are bodies of the UN, not its findings; so
	// is a body the phrase closes in after a modifier ("Congress's own
	// budget office", "Ghana's own central bank"): the whole phrase names
	// who speaks, and its head is the word that says so.
	n := &v.toks[k+1]
	if !n.word || n.capital || n.post() || agentNoun(n.low) || n.has(cGovernment|cForce) || nameKind(n.low) || nameKind(singular(n.low)) || n.inLexicon() && !n.has(cFindingNoun) {
		return 0, 0, false
	}
	if h := &v.toks[e-1]; h.word && !h.capital && (h.post() || agentNoun(h.low) || h.has(cGovernment|cForce) || nameKind(h.low) || nameKind(singular(h.low))) {
		return 0, 0, false
	}
	return v.possessor(k-1, s)
}
