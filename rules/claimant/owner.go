package claimant

import "strings"

// Reading who owns a findings noun: its modifiers, its possessor, a name
// before it or after "of" (the bounds they read within: phraseends.go).

// findingsModifiers say which findings a findings noun means ("its own
// count", "the latest tally", "the provisional count").
var findingsModifiers = set("own latest new daily official overall preliminary final revised running initial monthly weekly later earlier updated provisional partial early")

// weightModifiers pick findings out by their weight: capitalised as a
// list's label opens ("Key figures as of 7 December:", "Main findings:")
// they are no owner's name (fix57b). In lower case after a name ("Gaza key
// figures") they are read as before. So is a release's kind before its
// title's noun ("Situation Report #3:", releaselabel.go releaseKinds;
// claim58).
var weightModifiers = set("key main top headline principal major")

// titleModifier reports whether t, lower case between an owner's
// possessive and the capitalised title of its work, says which of the
// owner's works: a findings modifier ("latest", "revised") or how often
// the work comes out (periodic). The title is then the work's, not a
// person's name, and the owner made it (mend117).
func (t *tok) titleModifier() bool {
	return t.word && !t.capital && (t.has(cFindingsModifier) || periodic(t.low))
}

// periodic reports whether w says how often something comes out: a unit
// of time made an adjective by "-ly" ("quarterly", "yearly", "hourly",
// "fortnightly"; the duration's units, duration.go), or "annual" with or
// without a prefix of number ("biannual", "semiannual").
func periodic(w string) bool {
	if strings.HasSuffix(w, "annual") {
		return true
	}
	u, ok := strings.CutSuffix(w, "ly")
	// "timely" is about time, not how often.
	return ok && len(u) > 2 && u != "time" && (timeUnit(u) || u == "quarter" || u == "fortnight")
}

// findingsModified returns the token before the findings noun at i and
// its modifiers, reading back no further than lo (lo-1 when they reach it).
func (v *view) findingsModified(i, lo int) int {
	k := i - 1
	for k >= lo && (v.toks[k].has(cFindingsModifier) && !v.outletNameEnd(k) || v.doneToFindings(k, lo) || v.toks[k].capital && !v.toks[k].shouted && (weightModifiers[v.toks[k].low] || releaseKinds[v.toks[k].low])) {
		k--
	}
	return k
}

// outletNameEnd reports whether token k is a paper's "Daily" or "Weekly"
// closing its capitalised name ("the Kesef Daily", "a Harbour Business
// Weekly analysis"): the name's word, not how often findings come out. A
// name in initials before it ("the OCHA Weekly update") or a text in
// capitals is read as before.
func (v *view) outletNameEnd(k int) bool {
	t := &v.toks[k]
	if !t.capital || t.shouted || k == 0 || t.low != "daily" && t.low != "weekly" {
		return false
	}
	p := &v.toks[k-1]
	return p.word && p.capital && !p.shouted && !p.has(cDeterminer) && !v.sentenceWord(k-1)
}

// ownedFindings reports whether the findings noun at i has a possessive
// owner before it ("the council's provisional count", "our count"): the
// noun is findings, never a verb, even before "of".
func (v *view) ownedFindings(i int) bool {
	k := v.findingsModified(i, 0)
	if k < 0 {
		return false
	}
	_, _, ok := v.possessor(k, 0)
	return ok
}

// owner finds who owns the findings noun at i: a possessive ("X's",
// "our") or a capitalised modifier ("AFP tally", "UN figures").
func (v *view) owner(i, lo int) (int, int, bool) {
	k := v.findingsModified(i, lo)
	if k < lo {
		return 0, 0, false
	}
	// "The region's water authority estimates that": a noun that is also
	// a reporting verb in -s, after a body or people, is their verb.
	// ("interior ministry figures show": a findings verb after it makes
	// it a noun.) "Al Jazeera's correspondent reports that": so is one
	// after a journalist or a person, before "that".
	// ("My colleague at the city's teaching hospital estimates that": an
	// institution in lower case, as a body.)
	if p := &v.toks[k]; v.toks[i].report && strings.HasSuffix(v.toks[i].low, "s") && p.word && !p.capital && (p.has(cBody|cInstitution) || agentNoun(p.low) || (p.has(cJournalist) || personNoun(p.low)) && v.isOne(i+1, wThat)) && !(i+1 < len(v.toks) && v.toks[i+1].finding && !v.toks[i+1].report) {
		return 0, 0, false
	}
	// "Export Promotion Bureau (EPB) data": shortnamefindings.go.
	if a, b, ok := v.shortNameOwner(k, lo); ok {
		return a, b, true
	}
	// "Italy's interior ministry figures": a body's kind before its
	// findings owns them, with what says whose it is.
	if p := &v.toks[k]; p.word && !p.capital && p.has(cBody) && k > lo {
		if a := v.npBefore(k+1, lo); a < k {
			return a, k + 1, true
		}
	}
	// "according to police data", "army figures show", "government
	// statistics": a force or a government named by its bare word speaks
	// by it, as "according to police" does, and owns what it counts.
	// ("hospital records", "satellite imagery" name material, no body.)
	if p := &v.toks[k]; p.word && !p.capital && k == i-1 && p.has(cForce|cGovernment) && (k == lo || !v.toks[k-1].word || v.toks[k-1].has(cDeterminer|cPreposition)) && !v.modifiesNoun(i) {
		return k, k + 1, true
	}
	if a, b, ok := v.possessorPastYear(k, lo); ok {
		return a, b, true
	}
	// "The charity's monthly malnutrition survey", "Our exit poll": plain
	// lower-case modifiers between the owner and its findings.
	// ("The Bank of Israel's latest financial stability report": a
	// findings modifier before them, as before the noun.)
	// ("the Port Authority's own half-yearly cargo review": a compound
	// joined by hyphens is one modifier, and three may stand there;
	// claim118.)
	// ("the world's costliest two-day festivals": a superlative after a
	// common noun's possessive ranks within that scope, which makes
	// nothing; a body's own "best estimate" stays its own; claim118.)
	ranked := false
	for m, n := k, 0; n < 3 && m > lo; n++ {
		if c := v.hyphenedModifierStart(m, lo); c < m {
			m = c
		} else if !v.plainModifier(m) {
			break
		}
		ranked = ranked || v.superlative(m)
		if j := v.findingsModified(m, lo); j >= lo {
			if a, b, ok := v.possessorPastYear(j, lo); ok && !(ranked && !v.toks[b-1].capital) {
				return a, b, true
			}
		}
		m--
	}
	// "UNHCR registration data", "WHO mortality figures": a body's
	// initials before one plain modifier own the findings as they do
	// right before them; a name in several words ("Save the Children
	// malnutrition survey") is left to the possessive.
	if k > lo && v.plainModifier(k) && v.initialsOwner(k-1, lo) {
		return k - 1, k, true
	}
	// "a Kapa Research phone survey": modifiedowner.go.
	if a, b, ok := v.modifiedNameOwner(k, lo); ok {
		return a, b, true
	}
	// "Ipsos exit poll for the broadcaster": pollkind.go.
	if a, b, ok := v.pollMakerOwner(k, lo); ok {
		return a, b, true
	}
	// "an IMF staff report", "WHO staff estimates": the body's own people
	// between its initials and its findings wrote them for it; the body
	// owns them, as it does its plainly modified findings.
	if k > lo && v.toks[k].word && !v.toks[k].capital && v.toks[k].has(cStaff) && v.initialsOwner(k-1, lo) {
		return k - 1, k, true
	}
	// "Ipsos's Hali ya Uchumi survey": ownedtitle.go.
	if !v.toks[i].capital {
		if a, b, ok := v.possessorOfTitle(k, lo); ok {
			return a, b, true
		}
	}
	// "Exit poll:", "Exit polls gave": a poll's kind opening the line is
	// no maker (pollkind.go).
	if v.pollKindOpening(k, lo) {
		return 0, 0, false
	}
	// Capitalised modifiers directly before the noun.
	e := k + 1
	// "an Agence France-Presse count": a hyphen joining two capitalised
	// words inside the name.
	// "the U.S. Geological Survey": an initial's full stop too.
	// "the Palestinian Prisoners' Society": a plural's apostrophe inside
	// the name, and "of" after a findings noun inside one ("National
	// Records of Scotland") (namewords.go).
	// ("a Peil.nl poll": a web name's lower-case label after its dot is
	// the name's, webname.go.)
	for k >= lo && (v.toks[k].word && v.toks[k].capital && !v.toks[k].has(cDay) && !v.toks[k].has(cDeterminer) && !v.openingPreposition(k) && !v.openingClause(k) || v.nameLink(k, lo, e) || v.nameParticle(k) || v.nameHyphen(k, lo, e) || v.isOne(k, wFullStop) && v.internalDot(k) || v.pluralPossInName(k, lo, e) || v.findingsOfInName(k, lo, e) || k-1 > lo && v.toks[k].word && v.isOne(k-1, wFullStop) && v.webNameDot(k-1)) {
		k--
	}
	// "the Reserve Bank's latest Financial Stability Review": a findings
	// modifier between an owner's possessive and the capitalised title
	// of its work says which of its works, and the owner made it
	// (claim117; findingsof.go titledWorkOwner).
	if k-1 > lo && k+1 < e && v.toks[i].capital && v.toks[k].titleModifier() {
		if a, b, ok := v.possessor(k-1, lo); ok && b > a && v.toks[b-1].capital && !v.placeName(a, b) {
			return a, b, true
		}
	}
	// "its pre-Budget analysis", "a post-Brexit survey": a capital after a
	// lower-case prefix and its hyphen is an adjective, not the owner;
	// whose the findings are is said before it.
	if k-2 >= lo && k+1 < e && v.isOne(k, wDash) && !v.toks[k].space && !v.toks[k+1].space && v.toks[k-1].word && !v.toks[k-1].capital {
		return v.possessor(k-2, lo)
	}
	// "Israeli tallies", "Western estimates": an adjective of a people or
	// a region says whose side, not who counted.
	// "A Meridian analysis": one piece of work, counted with "a", has one
	// maker, whatever its name ends with.
	if k+2 == e && demonym(v.toks[k+1].low) && !v.is(k, wA, wAn) {
		return 0, 0, false
	}
	// "releases its Financial Stability Report each June", "their Household
	// Budget Survey": capitals after a possessive pronoun are the title of the
	// owner's work, not its maker, who is the pronoun's.
	if k+1 < e && k >= lo && v.is(k, wIts, wTheir) {
		return k, k + 1, true
	}
	if k+1 < e && (k < lo || !v.toks[k].capital || v.toks[k].has(cDeterminer) || v.openingPreposition(k)) {
		// "..., the UN estimates.": a noun that is also a reporting verb,
		// ending its clause after a determined name, is the name's verb.
		// "..., TÜRKONFED estimates" after a comma, too.
		// "..., the monitoring group ACLED estimates.": after a kind of body.
		// ("a World Bank assessment." is a noun: only a form in -s is
		// a verb's.)
		if v.toks[i].report && strings.HasSuffix(v.toks[i].low, "s") && v.boundary(i+1) && k >= lo && (v.toks[k].has(cDeterminer) || v.isOne(k, wComma) || v.toks[k].has(cBody)) {
			return 0, 0, false
		}
		// "Researchers at Oregon State University estimate that ...": a
		// name after a preposition ends a longer subject, and the noun
		// before "that" is its verb.
		if v.toks[i].report && v.isOne(i+1, wThat) && k >= lo && v.toks[k].has(cPreposition) {
			return 0, 0, false
		}
		return k + 1, e, true
	}
	return 0, 0, false
}

// initialsOwner reports whether token k is a body's initials in capitals,
// two letters or more, not inside a longer name.
func (v *view) initialsOwner(k, lo int) bool {
	t := &v.toks[k]
	return t.word && t.shouted && len(t.low) >= 2 && (k == lo || !v.toks[k-1].capital)
}

// possessor reads the owner whose possessive ends at token k: "our",
// "its", "the ministry's", "the Ledger's".
func (v *view) possessor(k, lo int) (int, int, bool) {
	if v.is(k, wOur, wMy, wTheir, wIts, wHis, wHer) {
		return k, k + 1, true
	}
	if v.isOne(k, wS) && v.isOne(k-1, wApostrophe) && k-2 >= lo && v.toks[k-2].poss {
		e := k - 1
		return v.pastOpeningGerund(v.npBefore(e, lo), e), e, true
	}
	if v.isOne(k, wApostrophe) && k-1 >= lo && v.toks[k-1].poss {
		return v.pastOpeningGerund(v.npBefore(k, lo), k), k, true
	}
	return 0, 0, false
}

// pastOpeningGerund returns s past an -ing form opening the sentence
// before the owner's name [s, e): "Using OHCHR's verified total" is
// OHCHR's (claim112; np.go openingGerund).
func (v *view) pastOpeningGerund(s, e int) int {
	if s+1 < e && v.openingGerund(s) {
		return s + 1
	}
	return s
}

// possessorPastYear is possessor, past a year after the possessive:
// "Afrobarometer's 2024 survey", "Oxfam's 2025 inequality report" (np.go
// yearAfterPossessive). The year says which of the owner's works, as
// "latest" does.
func (v *view) possessorPastYear(k, lo int) (int, int, bool) {
	if k-1 >= lo && v.yearAfterPossessive(k, lo, len(v.toks)) {
		k--
	}
	return v.possessor(k, lo)
}

// superlative reports whether token k is a superlative: "best", "worst",
// "most", "least", or a word in -est that is none of the nouns so spelled
// ("harvest", "protest"). After a common noun's possessive it ranks the
// noun within that scope ("the country's largest survey", "the world's
// costliest festivals"), which owns nothing by it.
func (v *view) superlative(k int) bool {
	t := &v.toks[k]
	if !t.word || t.capital {
		return false
	}
	switch t.low {
	case "best", "worst", "least":
		return true
	case "most":
		// ("the ministry's most recent list": the latest, a version.)
		return !(k+1 < len(v.toks) && v.toks[k+1].low == "recent")
	}
	return len(t.low) > 5 && strings.HasSuffix(t.low, "est") && !estNouns[t.low] && !t.has(cFindingsModifier)
}

// estNouns are words in -est that rank nothing within a scope: the
// superlatives of time, which say which version ("the agency's newest
// estimate", as "latest" does), and nouns and adjectives so spelled.
var estNouns = set("newest freshest earliest oldest harvest harvests interest forest protest request inquest arrest contest conquest manifest digest behest unrest honest modest earnest southwest northwest midwest")

// hyphenedModifierStart returns where a compound modifier joined by
// hyphens with no space ("mid-year", "end-of-year", "half-yearly") that
// ends at token m starts, no further back than lo; m when none ends there.
func (v *view) hyphenedModifierStart(m, lo int) int {
	c := m
	for c-2 >= lo && v.isOne(c-1, wDash) && !v.toks[c-1].space && !v.toks[c].space && v.toks[c-2].word && !v.toks[c-2].capital && v.toks[c].word && !v.toks[c].capital {
		c -= 2
	}
	return c
}

// plainModifier: a lower-case content word ("exit", "malnutrition") that
// may stand between a possessive and the noun it owns.
func (v *view) plainModifier(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.inLexicon() && !t.report && !t.finding && !t.fig
}

// hasFindingsHead reports whether the phrase [a, b) is headed by a
// findings noun: "a Ledger analysis of satellite imagery", "figures from
// the IOM", "The analysis".
func (v *view) hasFindingsHead(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].has(cFindingNoun) {
			return true
		}
		if v.is(k, wOf, wFrom, wBy, wBased) {
			return false
		}
	}
	return false
}

// Verbs that may come before their source: "..., said Mahmoud Saleh",
// "..., say Palestinian health officials", "..., recalled Dr Tanya
// Haddad". "put", "counted" and "found" never do. The verbs of speech
// that claim only with what they say (clauseStems: "..., stressed the
// minister", "..., argued Dr X") invert too, but those whose object is who
// hears ("..., reminded the council") do not: see inverts.
// "..., announced the returning officer", "..., announces the ministry":
// an announcement inverts as a statement does (claim48); its source still
// ends the clause (invertedSource), so "..., announced the closure of 40
// schools" names none.
var invertible = set("say said ad add wrote write report note state claim estim confirm reckon insist explain warn tell told recount recal conced acknowledg caution announc")

// inverts reports whether the verb stem s may come before its source.
func inverts(s string) bool {
	return invertible[s] || clauseStems[s] && !audienceStems[s]
}

// ownerAfterOf reads findings owned after "of" in a frame: "in the
// estimate of the Ministry of Defence in London", "by the reckoning of
// the Kiel Institute". The frame's preposition and "the" before the noun,
// and "the" and a capitalised name after "of", tell the owner from what
// the findings count ("the tally of dead", "a review of 212 records",
// "the count of Hamas fighters").
func (v *view) ownerAfterOf(i, lo, hi int) (int, int, bool) {
	k := v.findingsModified(i, lo)
	if !v.isOne(k, wThe) || !v.is(k-1, wIn, wBy, wOn) || !v.isOne(i+1, wOf) {
		return 0, 0, false
	}
	// "by the count of Donetsk's statistics office": a place's or a
	// body's possessive after "of" opens the owner as "the" does; what
	// is counted is never owned so ("the count of Hamas fighters").
	if !v.isOne(i+2, wThe) && (i+2 >= hi || !v.toks[i+2].capital || !v.toks[i+2].poss) {
		return 0, 0, false
	}
	a, b := v.npAfter(i+2, hi)
	// ("the Hamas fighters killed": a name closing on a lower-case
	// word is what is counted, unless the word is a kind of body: see
	// kindClosesOwner.)
	if b <= a+1 || !v.toks[b-1].capital && !v.kindClosesOwner(b-1) {
		return 0, 0, false
	}
	return a, b, true
}

// modifiesNoun reports whether the findings noun at i modifies a plain
// lower-case noun after it, no verb nor a word of the lexicons: "a police
// data breach exposed ...", "a police survey team visited ...". The
// compound names a thing, no findings; "police data show", "police
// figures released on Monday", "police data also show" keep theirs.
func (v *view) modifiesNoun(i int) bool {
	if i+1 >= len(v.toks) {
		return false
	}
	n := &v.toks[i+1]
	return n.word && !n.capital && !n.inLexicon() && !n.report && !n.finding && !n.has(cFindingNoun) && !v.isVerbLike(i+1)
}

// bodyModifier reports whether the findings noun at i names what a body
// does, before the body's kind: "Poland's statistics office", "the
// census bureau", "a polling firm". The body is the owner's; the noun
// is no findings of it.
func (v *view) bodyModifier(i, hi int) bool {
	return i+1 < hi && !v.toks[i+1].capital && v.toks[i+1].has(cBody)
}
