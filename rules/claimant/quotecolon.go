package claimant

import "strings"

// A headline may give a quote first and its speaker after a colon, the
// way a speaker line does the other way round: "‘We have 48 hours of fuel
// left’: Al-Aqsa hospital director", "“Only 12 beds remain”: Nasser
// hospital chief", "'We counted 43 bodies': Darfur survivors describe El
// Geneina killings" (people and the verb that says what they tell). What follows the
// colon is the whole rest of the line, a noun phrase with no verb: the
// speaker. A colon after a quote that opens a clause ("“...”: that was
// the warning ...") has a verb after it and is read as any sentence.

// quoteColonSpeaker reads the speaker after a colon right after the
// quotation closing at byte qe, in the view w of the sentence holding it.
func (c *call) quoteColonSpeaker(w *view, qe int) (Claimant, bool) {
	k := w.colonAfterQuote(qe)
	if k < 0 {
		return Claimant{}, false
	}
	hi := len(w.toks)
	for hi > k+1 && !w.toks[hi-1].word && (w.toks[hi-1].low == "." || w.toks[hi-1].low == "!") {
		hi--
	}
	a, b := w.npAfter(k+1, hi)
	// "El Geneina nurse", "Al Awda surgeon": a capitalised Arabic
	// article, spaced, opens the name after it.
	if b <= a && w.spacedArticleName(k+1, hi) {
		if _, e := w.npAfter(k+2, hi); e > k+2 {
			a, b = k+1, e
		}
	}
	// ("Tawila gravediggers describe the siege": people, then the verb
	// of what they tell.)
	if b < hi && b > a && w.peopleThenVerb(b) {
		hi = b
	}
	// "'We buried 40 in a day' – Marsabit elder on drought", "– Kenya
	// Red Cross on the floods": a headline's speaker, then "on" and what
	// she speaks about, closing the line (claim114).
	if b < hi-1 && b > a && w.isOne(b, wOn) && w.speakerHead(a, b) && !w.toks[b+1].num && !w.toks[b+1].has(cDay) {
		hi = b
	}
	// ("“...”: Caritas on Lviv": a capitalised topic, speakeron.go.)
	if b == hi && b > a {
		if m := w.speakerOnTopic(a, b); m < b {
			hi, b = m, m
		}
	}
	// "‘We have lost 40 boats’: fishermen in Kollam count the cost":
	// people in the plural, in lower case, at their place, then the verb
	// of what they tell (peopleAtThenVerb).
	people := b > a && a == k+1 && w.pluralPeopleAt(a)
	if people {
		if m := w.peopleAtThenVerb(a, hi); m > a {
			hi, b = m, m
		}
	}
	if b <= a || b != hi || a != k+1 || !w.toks[a].capital && !w.toks[a].has(cDeterminer) && !people || w.toks[a].has(cPronoun) {
		return Claimant{}, false
	}
	for m := a; m < b; m++ {
		t := &w.toks[m]
		// "Darfur survivors describe El Geneina killings": a verb
		// after people in the plural ends them, and they speak.
		if m > a && w.peopleThenVerb(m) {
			b = m
			break
		}
		// "a rescuer's account from Antakya": what a person tells is
		// named, not who; tellerAfterColon (quotedteller.go) reads its
		// possessor first.
		if t.poss && m+2 < b && !w.toks[m+2].post() {
			return Claimant{}, false
		}
		if w.isVerbLike(m) || t.num || t.fig {
			return Claimant{}, false
		}
	}
	if showRoleIDs.has(&w.toks[b-1].spelling) || kickerIDs.has(&w.toks[b-1].spelling) {
		return Claimant{}, false
	}
	if w.toks[a].has(cDeterminer) && !w.speakerHead(a+1, b) {
		return Claimant{}, false
	}
	cl, ok := c.name(w, attr{src: a, srcEnd: b, anchor: k, kind: kVerb})
	cl.How = InQuote
	return cl, ok
}

// speakerHead reports whether the phrase [a, b) after a determiner names
// who speaks: its head, the word before its first preposition or its last,
// is a name, a post, people or a body ("the UN", "the hospital director",
// "a Gaza nurse"), not a topic ("the last days of Al-Shifa").
func (w *view) speakerHead(a, b int) bool {
	h := b - 1
	for m := a; m < b; m++ {
		if w.toks[m].has(cPreposition) || w.isOne(m, wOf) {
			h = m - 1
			break
		}
	}
	if h < a {
		return false
	}
	t := &w.toks[h]
	return t.capital || t.post() || t.agent() || personNoun(t.low) || agentNoun(t.low+"s") || t.has(cBody) || t.has(cInstitution)
}

// colonAfterQuote returns the colon or spaced dash right after the
// quotation closing at byte qe (past its closing mark, within a few
// bytes), or -1: where both
// headline readings of a quote then its speaker start, tellerAfterColon
// (quotedteller.go) and quoteColonSpeaker.
func (w *view) colonAfterQuote(qe int) int {
	k := w.tokAt(qe)
	for k < len(w.toks) && k < w.tokAt(qe)+2 && w.toks[k].end <= qe+3 && !w.toks[k].word && !w.isOne(k, wColon) && !w.isOne(k, wDash) {
		k++
	}
	// "'We're burying 40 a day' – El Fasher doctor": a spaced dash sets
	// the speaker after a headline's quote as a colon does.
	if !w.isOne(k, wColon) && !(w.isOne(k, wDash) && w.toks[k].space) {
		return -1
	}
	return k
}

// peopleThenVerb reports whether token m is a lower-case word after
// people in the plural, in lower case, that is no preposition, determiner
// or link: their verb.
func (w *view) peopleThenVerb(m int) bool {
	t := &w.toks[m]
	return m > 0 && t.word && !t.capital && !t.has(cPreposition|cDeterminer|cLink) && peopleWord(w.toks[m-1].low) && !w.toks[m-1].capital
}

// peopleWord reports whether w names people: an agent noun, or a plural
// in -men ("fishermen", "firemen", "servicemen").
func peopleWord(w string) bool {
	return agentNoun(w) || len(w) > 5 && strings.HasSuffix(w, "men")
}

// spacedArticleName reports whether the capitalised Arabic article at a
// opens a name, a capitalised word after it: "El Geneina", "Al Awda".
func (w *view) spacedArticleName(a, hi int) bool {
	return a+1 < hi && w.toks[a].capital && w.is(a, wAl, wEl) && w.toks[a+1].word && w.toks[a+1].capital && w.toks[a+1].space
}

// pluralPeopleAt reports whether token a is people in the plural in lower
// case ("fishermen", "nurses", "residents"): an agent noun, staff, or a
// person noun's plural.
func (w *view) pluralPeopleAt(a int) bool {
	t := &w.toks[a]
	return t.word && !t.capital && (peopleWord(t.low) || t.has(cStaff|cFieldPeople|cPeople) || personNoun(singular(t.low))) && (strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "men"))
}

// peopleAtThenVerb returns where the people opening at a end when a
// preposition and a capitalised place follow them and then a lower-case
// word that is no preposition, determiner or link, their verb: "fishermen
// in Kollam count the cost", "nurses at Cork University Hospital describe
// a winter"; else a.
func (w *view) peopleAtThenVerb(a, hi int) int {
	if a+2 >= hi || !w.is(a+1, wIn, wAt, wFrom) || !w.toks[a+2].capital {
		return a
	}
	for m := a + 3; m < hi; m++ {
		t := &w.toks[m]
		if !t.word {
			return a
		}
		if !t.capital {
			if t.has(cPreposition | cDeterminer | cLink) {
				return a
			}
			return m
		}
	}
	return a
}
