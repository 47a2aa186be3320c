package claimant

import "strings"

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

// publications are what a named body publishes its figures in, besides
// the findings nouns: "the Kiel Institute for the World Economy's
// tracker", "the Uppsala Conflict Data Program's latest release".
// A statistics office's census is one (claim123), though no findings
// noun: a census in capitals with no owner is a name as written.
var publications = set("tracker release releases dataset datasets bulletin update edition portal portals log logs census censuses" +
	// an owner's catalogue of what it records ("The Met Office's
	// catalogue lists": claim49).
	" catalogue catalogues catalog catalogs")

// publicationOwner reads the phrase [s, e) as a capitalised owner's
// possessive, perhaps a year and findings modifiers, and a publication
// closing it: the owner, whose findings the publication holds. "the UN's
// agencies" and "the ministry's tracker" (a lower-case owner) are no such
// thing.
func (v *view) publicationOwner(s, e int) (int, int, bool) {
	h := e - 1
	// "the Andean Epidemiology Office's EDEX surveillance system": a
	// system that watches and records is where its owner publishes
	// figures, as a tracker is (watchingSystem).
	if w, ok := v.watchingSystem(s, e); ok {
		h = w
	} else if e-s < 4 || !v.toks[e-1].has(cPublication) && !programmes[v.toks[e-1].low] || v.toks[e-1].capital {
		return 0, 0, false
	}
	k := v.findingsModified(h, s)
	// ("the Statistical Office's 2011 census": a year says which of the
	// owner's works, np.go yearAfterPossessive.)
	if k > s && v.yearAfterPossessive(k, s, e) {
		k--
	}
	// ("MoMo surveillance system": the system's own name between the
	// owner's possessive and its kind.)
	for n := 0; h != e-1 && n < 2 && k > s && v.toks[k].word && v.toks[k].capital && !v.toks[k].poss; n++ {
		k--
	}
	a, b, ok := v.possessor(k, s)
	if !ok || b-a < 1 || !v.toks[b-1].capital {
		return 0, 0, false
	}
	// ("The director of Oxfam's country programme": a programme is its
	// owner's findings only as the phrase's head, the owner opening it.)
	if v.programmeInside(h, a, s) {
		return 0, 0, false
	}
	return a, b, true
}

// programmes are where a named body counts what it monitors, as a
// publication is ("Unicef's monitoring programme recorded": claim49), and
// also what it runs, a country programme with a director as much as a
// monitoring one: a word of no lexicon class, so that it is read as a
// publication here only.
var programmes = set("programme programmes program")

// programmeInside reports whether the head at h is a programme whose
// owner, at a, does not open the phrase starting at s (past a
// determiner), or whose possessor opens with a post: "The director of
// Oxfam's country programme" is the director's, who speaks for the owner
// as a post does.
func (v *view) programmeInside(h, a, s int) bool {
	if !programmes[v.toks[h].low] {
		return false
	}
	if a > s && !(a == s+1 && v.toks[s].has(cDeterminer)) {
		return true
	}
	// ("the director of Oxfam": a post read into the possessor.)
	for k := a; k < h && k <= a+1; k++ {
		if t := &v.toks[k]; t.word && !t.has(cDeterminer) {
			return t.post() || agentNoun(t.low)
		}
	}
	return false
}

// objectPluralEnd reports whether the form in -s at i ("logs",
// "returns", "records") closes its sentence as the head of a named
// owner's possessive and one or two plain modifiers, the phrase the
// object of a verb before its determiner: "We obtained the Port
// Authority's internal shipping logs." A verb of claim closing a sentence
// follows a comma or "as" ("..., the board's monthly logs show."); one
// after a verb's object has no clause of its own to say, and the form is
// the plural noun (mend117).
func (v *view) objectPluralEnd(i int) bool {
	if i+1 >= len(v.toks) || !v.isOne(i+1, wFullStop) || !strings.HasSuffix(v.toks[i].low, "s") {
		return false
	}
	k := i - 1
	for k > i-3 && k > 0 && v.plainModifier(k) {
		k--
	}
	if k == i-1 || k < 3 || !(v.isOne(k, wS) && v.isOne(k-1, wApostrophe)) {
		return false
	}
	n := k - 2
	for n > 0 && v.toks[n].word && v.toks[n].capital {
		n--
	}
	if n == k-2 || !v.isOne(n, wThe) || n == 0 {
		return false
	}
	b := &v.toks[n-1]
	return b.word && !b.capital && b.low != "as" && !b.report && !b.finding && !b.has(cSubordinator|cPreposition|cLink|cDeterminer|cPronoun)
}

// possessedCompoundHead reports whether the verb form at i heads a
// compound noun an owner's possessive opens, with a verb of its own after
// it: "the NSW Rural Fire Service's incident log shows", "the U.S.
// Geological Survey's loss model had projected". A bare form ("log",
// "model", "record") after a plain modifier is the noun; the verb after it
// claims, and its subject's owner made the findings (compoundOwner). A
// plural modifier is the verb's own subject ("the agency's doctors
// report"); "loss" is no plural.
func (v *view) possessedCompoundHead(i int) bool {
	if i < 3 || i+1 >= len(v.toks) {
		return false
	}
	t, m := &v.toks[i], &v.toks[i-1]
	// (A findings noun, "the U.N.'s best estimate is", is the findings
	// reader's, as it was.)
	if t.has(cFindingNoun) || strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ed") || !v.plainModifier(i-1) || strings.HasSuffix(m.low, "s") && !strings.HasSuffix(m.low, "ss") {
		return false
	}
	if !(v.isOne(i-2, wS) && v.isOne(i-3, wApostrophe) || v.toks[i-2].poss) {
		return false
	}
	n := &v.toks[i+1]
	return !n.capital && (n.report || n.finding || v.is(i+1, wHas, wHad, wHave, wIs, wWas, wWill, wWould))
}

// compoundOwner reads the phrase [s, e) as a named owner's possessive and a
// compound noun whose head is a verb form (possessedCompoundHead): "the
// U.S. Geological Survey's loss model", "the Norwegian Refugee Council's
// field log". The owner made what the compound holds and claims it, as a
// publication's owner does; a lower-case owner ("the ministry's field log")
// is left to the phrase's other readings.
func (v *view) compoundOwner(s, e int) (int, int, bool) {
	k := e - 1
	if k-3 < s || !v.toks[k].report && !v.toks[k].finding || v.toks[k].capital {
		return 0, 0, false
	}
	if m := &v.toks[k-1]; !v.plainModifier(k-1) || strings.HasSuffix(m.low, "s") && !strings.HasSuffix(m.low, "ss") {
		return 0, 0, false
	}
	a, b, ok := v.possessor(k-2, s)
	if !ok || b <= a || !v.toks[b-1].capital {
		return 0, 0, false
	}
	return a, b, true
}

// watchingSystem reports whether the phrase [s, e) closes on a system or
// network that watches and records, a lower-case word of watching before
// it ("surveillance system", "monitoring network", "early warning
// system"), and returns where the watching word stands: the word an
// owner's possessive and the system's own name ("MoMo") come before. "the
// health system", "Spain's rail network" watch nothing.
func (v *view) watchingSystem(s, e int) (int, bool) {
	h := &v.toks[e-1]
	if e-s < 5 || !h.word || h.capital || h.low != "system" && h.low != "systems" && h.low != "network" {
		return 0, false
	}
	m := &v.toks[e-2]
	if !m.word || m.capital {
		return 0, false
	}
	for _, w := range []string{"surveillance", "monitoring", "tracking", "warning", "reporting", "alert"} {
		if m.low == w {
			return e - 2, true
		}
	}
	return 0, false
}
