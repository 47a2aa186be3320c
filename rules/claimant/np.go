package claimant

// Noun phrases are found from their boundaries: a determiner opens one,
// punctuation and clause words close one, and inside a name a lower-case
// link word ("Save the Children", "Organization for Migration") joins
// capitalised words. This file reads a phrase back from its end
// (npBefore); npafter.go reads one forward (npAfter); agentnoun.go holds
// the nouns for people who can speak.

import "strings"

const maxPhrase = 12

// indefinitePronouns stand for people in general or no one: a phrase of
// their own.
var indefinitePronouns = set("everyone everybody someone somebody anyone anybody nobody")

// indefinitePronoun is indefinitePronouns[w], asked of the map only for a
// word ending as each of them does, in "one" or "body"
// (TestIndefinitePronounEndings): npBefore asks it of every phrase's head.
func indefinitePronoun(w string) bool {
	return (strings.HasSuffix(w, "one") || strings.HasSuffix(w, "body")) && indefinitePronouns[w]
}

// Names of bodies abroad, written in their own language, join their
// capitals with that language's particles: "Gesamtverband der Deutschen
// Versicherungswirtschaft", "Ministerio de Trabajo y Economía Social",
// "Tarım ve Orman Bakanlığı", "Instituto da Conservação".
var linkWords = set("of for and & de al el la du des on in at " +
	"der den von van für del della di da dos das y ve")

// prepositions end a noun phrase: "Halyna Borysenko outside what was left
// of her building" names Halyna Borysenko.
var prepositions = set("in at for on with from by to into over under near across among amid during despite within outside inside beside behind beyond")

// npBefore returns the first token of the noun phrase that ends just before
// token end (exclusive), reading back no further than lo; end when there
// is none.
func (v *view) npBefore(end, lo int) int {
	// "Oryx re-examined": a verb written with a prefix starts at its
	// prefix.
	if end-2 > lo && end < len(v.toks) && v.isOne(end-1, wDash) && !v.toks[end].space && v.hyphenedVerb(end) {
		end -= 2
	}
	// "In a written reply it put": pronounsubject.go.
	if end-1 > lo && v.pronounSubject(end-1) {
		return end - 1
	}
	// "the sea wall everyone says is overdue": an indefinite pronoun
	// is a whole phrase, no head another noun modifies.
	if end-1 > lo && indefinitePronoun(v.toks[end-1].low) {
		return end - 1
	}
	i := end - 1
	start := end
	// "the SPCA de la Mauricie said": a name in French word order is
	// read back whole (frenchname.go).
	if h := v.frenchNameBefore(end, lo); h < end {
		i, start = h-1, h
	}
	// name is where the name read back over ends: before a possessive
	// ("the Ministry of Strategy and Finance's data", "the Union for the
	// Mediterranean's figures"), the words after it are what the name
	// owns, and the tests for "and" and "of the" inside a name look at the
	// name alone.
	name := end
	// dots: the internal dots read over ("U.N.", "U.S."), which use up no
	// reach: "the Office of the U.N. High Commissioner for Human Rights"
	// is as long a name as with "UN".
	dots := 0
	for i >= lo && end-i-dots <= maxPhrase {
		t := &v.toks[i]
		// "the Export Promotion Bureau (EPB) data": a full name's short
		// name in brackets inside the phrase (shortnamefindings.go).
		if t.low == ")" && i+1 < end {
			if n, ok := v.shortNameWithin(i, lo); ok {
				start, i = n, n-1
				continue
			}
		}
		switch {
		case t.low == "'" || t.low == "s" && v.isOne(i-1, wApostrophe) || t.low == "&" || t.low == "-" && !t.space:
			// possessive, "Hamas-run", "Hygiene & Tropical"
			if t.low == "'" && i > lo && v.toks[i-1].poss {
				name = i
			}
			// ("Qatar's Ministry of Foreign Affairs spokesperson Dr Hamad
			// Al-Nuaimi": a hyphen joining a name's two parts, with no
			// space either side, uses no reach, as an internal dot does.)
			if t.low == "-" && !t.space && i+1 < end && !v.toks[i+1].space && v.toks[i+1].capital {
				dots++
			}
		case t.low == "." && v.internalDot(i):
			dots++
		case i > lo && v.nameParticle(i):
		case v.hyphenedLink(i):
			// "the camp-in-charge office", "the officer-in-charge": a
			// preposition inside a hyphened word (np.go hyphenedLink).
		case v.nameSlash(i):
			// "the Sudan Liberation Movement/Army"
		case (t.low == "," || t.low == "and") && v.portfolioJoin(i, lo, name):
			// "the Minister for Gender, Youth and Sports X": remits of one
			// office's portfolio (described.go).
		case t.low == "," && v.nameComma(i, lo, name):
			// "the Foreign, Commonwealth and Development Office": a
			// list of remits inside one name (longname.go).
		case !t.word && !t.num, v.hearerPronoun(i):
			// ("told me his teams had": pronounsubject.go.)
			return start
		case (t.num || t.fig) && !v.nameNumber(i, lo, end) && !v.yearAfterPossessive(i, lo, end) && !v.ordinalInName(i, end) && !(i-1 >= lo && v.agentLink(i-1, lo)) && !v.speakerCount(i, lo, end):
			// ("Researchers at two American universities": a number
			// counting where people work stays in their phrase.)
			return start
		case t.low == "the" && i-1 > lo && v.isOne(i-1, wAnd) && v.statesJoined(i-1, lo, end):
			// "Israel and the United States said": the second state's
			// article (statesjoined.go).
		case t.has(cDeterminer) && !t.capital && i-1 >= lo && v.nameInKindedPlace(i-1, lo, end):
			// "the Mutual Aid Kitchen in the Al-Nasr district said":
			// a name and its place (nameplace.go).
		case t.has(cDeterminer) && !t.capital && (v.agentLink(i-1, lo) || i-1 >= lo && v.remit(i-1) || v.officeOfHolder(i-1, lo, end) || i-1 >= lo && v.inKnowledge(i-1) || v.peopleInPlace(i-1, lo, end)):
			// "An official at the Rafah crossing": the person is the head.
		case t.has(cDeterminer):
			// "Save the Children": a determiner between two capitalised
			// words is inside a name.
			// ("In north-west Syria the White Helmets recorded": a place
			// before it closes an opening phrase of where, placeopener.go.)
			if t.capital || !(i-1 >= lo && v.toks[i-1].capital && v.toks[i-1].word && !v.sentenceWord(i-1) && i+1 < end && v.toks[i+1].capital || v.ofTheInName(i, lo, name)) || v.placeOpener(i, lo) {
				return i
			}
		case t.low == "our" || t.low == "my" || t.low == "their" || t.low == "its":
			return i
		case t.low == "and" && v.kindAnd(i, lo, name):
			// "Turkey's environment and urbanisation ministry": two
			// remits of one body's kind.
		case t.low == "and" && v.remitsOfKind(i, lo, name):
			// "the ministry of asylum and migration" (kindofremits.go).
		case t.low == "and" && v.statesJoined(i, lo, end):
			// "Egypt and Qatar said": two states speaking together
			// (statesjoined.go).
		case t.low == "and" && v.placesJoined(i, lo, end):
			// "Hospitals in Larkana and Sukkur said": two places in one
			// phrase of people (placesjoined.go).
		case t.low == "and" && v.nameAnd(i, lo, name):
			// "The Armed Conflict Location and Event Data Project": "and"
			// inside a body's name.
		case (t.has(cClause) || t.has(cBetween) && !t.capital) && !t.shouted, v.openingClause(i):
			// ("Once the Red Cross confirmed": a clause's opening word.)
			return v.pastLinks(start, end)
		case t.low == "by" && i-1 >= lo && (!v.toks[i-1].capital && !v.toks[i-1].has(cFindingNoun) || v.openingGerund(i-1)):
			// "carried out last month by International Medical Corps,
			// which warned": a passive's agent opens its own phrase; only
			// findings ("an analysis by Airwars") hold "by" in theirs.
			// "Going by CGTN's figures", "Judging by": an -ing form
			// opening the sentence is no name's word.
			return start
		case t.has(cPreposition) && t.low != "of" && !(i+1 < end && v.nameStart(i+1) && !v.turnedToPossessive(i, lo)) && !v.agentLink(i, lo) && !v.nameInPlace(i, lo, end) && !v.nameInKindedPlace(i, lo, end) && !v.remit(i) && !v.ofTheInName(i+1, lo, name) && !v.inKnowledge(i) && !v.officeFor(i, lo) && !v.peopleInPlace(i, lo, end):
			// "on hospital morgue records": a preposition before
			// lower-case words is not inside a name, nor "to" after a
			// verb before a name's possessive ("Let's go to
			// Kazakhstan's Ministry of Emergency Situations").
			return start
		case v.isOne(i, wFrom) && i-2 >= lo && v.is(i-1, wComes, wCame) && (v.toks[i-2].has(cFindingNoun|cTollNoun|cPlacedNoun) || v.is(i-2, wIt, wThis, wThat)):
			// "That number comes from Aichi prefectural police, who say":
			// where a figure comes from opens the source's own phrase
			// (claim113).
			return start
		case v.doubtingBeforeName(i):
			// "Moscow denies Kyiv's claim": doubtedowner.go.
			return start
		case v.isVerbLike(i) && !t.capital && !v.attributive(i) && !v.agentLink(i+1, lo) && !v.stateNoun(i) && !v.compoundFindings(i, lo, end) && !v.findingsBeforeVerb(i, end) && !v.ownedFindingsBeforeVerb(i, lo, end) && !v.remitNoun(i, lo):
			// "US officials briefed on the matter": a participle tying
			// people to what they know stays in their phrase.
			return start
		case t.capital && t.has(cDay) && i < end-1 && !(i-2 > lo && !t.space && v.isOne(i-1, wDash) && v.toks[i-2].has(cLink) && !v.toks[i-2].capital):
			// ("the Baie-la-Mar jetty": a word a hyphen joins to a
			// name's particle is a name's part, not a month's short
			// form, claim117; "mid-March" stays a month.)
			return start
		case v.sentenceWord(i):
			return v.pastLinks(start, end)
		case t.capital && i+1 < end && v.readerAddress(i, end):
			// "Consider the Norwegian Refugee Council's latest survey":
			// the reader's verb is no word of the name (readerverb.go).
			return start
		}
		if t.word || t.num {
			start = i
		}
		i--
	}
	if start < end && v.is(start, wDash, wApostrophe, wAmpersand, wS) {
		start++
	}
	return start
}

// remitNoun reports whether the -ing form at i is an office's remit after
// "for": "the alderman for housing", "the minister for policing". A verb
// form there is a noun, and the phrase runs on to the office.
func (v *view) remitNoun(i, lo int) bool {
	return i-1 >= lo && strings.HasSuffix(v.toks[i].low, "ing") && v.officeFor(i-1, lo)
}

// officeFor reports whether the "for" at i opens an office's remit in
// lower case: "the minister for health", "the alderman for housing". The
// remit is the office's, in its phrase, as a capitalised one ("the
// Commissioner for Refugees") is in its name.
func (v *view) officeFor(i, lo int) bool {
	if i-1 < lo || !v.isOne(i, wFor) {
		return false
	}
	p := &v.toks[i-1]
	return p.word && !p.capital && (p.has(cOfficeNoun) || p.post())
}

// openingGerund reports whether token k is a capitalised -ing form
// opening its sentence or clause: "Going", "Judging".
func (v *view) openingGerund(k int) bool {
	t := &v.toks[k]
	return t.word && t.capital && !t.shouted && len(t.low) > 4 && strings.HasSuffix(t.low, "ing") && (k == 0 || !v.toks[k-1].word && !v.toks[k-1].num)
}

// pastLinks returns start past the lower-case prepositions and link words
// an opening word held before a name: "Even by Turkey's official count"
// is Turkey's, the "by" no part of the name.
func (v *view) pastLinks(start, end int) int {
	for start < end && !v.toks[start].capital && v.toks[start].has(cPreposition|cLink) {
		start++
	}
	return start
}

// agoAfter reports whether the words from token i close, within four
// tokens, with "ago": "a few minutes ago", "an hour ago"; or with
// "earlier" or "later", a phrase of when as well: "a little earlier", "a
// moment later" (personwhen.go).
func (v *view) agoAfter(i int) bool {
	for k := i + 1; k < len(v.toks) && k <= i+4; k++ {
		if v.isOne(k, wAgo) || v.toks[k].low == "earlier" || v.toks[k].low == "later" {
			return true
		}
		if !v.toks[k].word {
			return false
		}
	}
	return false
}

// yearAfterPossessive reports whether token i is a year between an
// owner's possessive and the lower-case noun it owns, inside [lo, hi):
// "Afrobarometer's 2024 survey", "the ministry's 2023 report". The year
// says which of the owner's works, as "latest" does, and the phrase reads
// back over it to the owner.
//
// A month names which of them as well: "Infotrak's September survey",
// "the bureau's March report".
func (v *view) yearAfterPossessive(i, lo, hi int) bool {
	t := &v.toks[i]
	if i+1 >= hi || !v.toks[i+1].word || v.toks[i+1].capital || i-2 < lo {
		return false
	}
	if month := t.word && t.capital && !t.shouted && t.has(cMonthName); !month {
		if !t.num || t.end-t.start != 4 {
			return false
		}
		if y := t.low; !(strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) {
			return false
		}
	}
	return v.isOne(i-1, wApostrophe) && v.toks[i-2].poss || v.isOne(i-1, wS) && v.isOne(i-2, wApostrophe)
}

// agentLink reports whether token i is a preposition that ties a person to
// where they work ("Doctors at the hospital", "An official at the
// crossing", "Engineers with the council"), or findings to whom they are
// for: the phrase's head is the person or the findings, not the place, so
// the phrase reads back over it.
func (v *view) agentLink(i, lo int) bool {
	// A number counting the places ("Doctors at three hospitals") stands
	// where a determiner does.
	if i-1 < lo || i+1 >= len(v.toks) {
		return false
	}
	count := v.toks[i+1].num || v.toks[i+1].fig
	if !v.toks[i+1].has(cDeterminer) && !count {
		return false
	}
	// "An exit poll for the broadcaster", "a tally by the Meridian": a
	// findings noun is the head, and reduce finds its owner.
	if v.toks[i-1].has(cFindingNoun) {
		return !count && v.is(i, wFor, wBy, wFrom)
	}
	// "officials of the Turkish Red Crescent", "a spokesman for the
	// disaster ministry": a body's staff.
	if v.is(i, wOf, wFor) && (v.toks[i-1].has(cStaff) || v.toks[i-1].has(cFieldPeople)) {
		return true
	}
	// "the head of the Suez Canal Authority said": a named body's head,
	// as its director, with an article before "head" (no "head of
	// state", no "heads of the families"); "the head of the agency" is
	// read from "the agency". Its chair is its head ("the chairman of
	// the Central Electoral Commission, Tomas Arvel, said").
	if v.isOne(i, wOf) && (v.isOne(i-1, wHead) || chairTitles[v.toks[i-1].low] || v.toks[i-1].low == "chair") && i-2 >= lo && v.toks[i-2].has(cDeterminer) && i+2 < len(v.toks) && v.toks[i+2].capital && !v.toks[i+2].shouted {
		return true
	}
	// "the census bureau of the city", "the health office of
	// the province": a body named by its lower-case kind and the common
	// noun for the place it serves is that place's body, as "the
	// ministry in the enclave" is; the place is no source of its own
	// (convention 8 keeps it: it says whose).
	if v.isOne(i, wOf) && v.bodyOfHome(i) {
		return true
	}
	// "relatives of the aid worker": kinof.go.
	if v.kinOf(i, lo) {
		return true
	}
	if !v.is(i, wAt, wWith, wFrom, wIn, wNear, wOn, wTo) {
		return false
	}
	// "the Health Ministry in the enclave", "the army in the north": a body
	// placed by a common noun for where it is is still the body; the place
	// is no source of its own.
	// ("the health ministry in the Hamas-run territory", "the water board
	// in the rebel-held north": see modifiedHome.)
	if v.isOne(i, wIn) && (v.toks[i-1].has(cBody) || v.toks[i-1].has(cForce) || v.toks[i-1].capital && !v.toks[i-1].has(cDay) && !v.sentenceWord(i-1)) && i+2 < len(v.toks) && (v.toks[i+2].has(cHome) && !v.toks[i+2].capital || v.modifiedHomeAt(i+2)) {
		return true
	}
	// "the health ministry in the Gaza Strip", "the interior ministry in
	// the West Bank": a body named by its lower-case kind and placed in a
	// place's name written with "the" keeps its place (convention 8), as
	// "the health ministry in Ramallah" does; the place is no source of
	// its own (claimrec33).
	if v.isOne(i, wIn) && !v.toks[i-1].capital && v.toks[i-1].has(cBody) && v.isOne(i+1, wThe) && v.namedPlaceAt(i+2) {
		return true
	}
	// "Medics volunteering at the field hospital", "officials familiar
	// with the talks", "sources close to the mediators"
	if p := &v.toks[i-1]; i-2 >= lo && p.word && !p.capital && !agentNoun(p.low) && (len(p.low) > 5 && (strings.HasSuffix(p.low, "ing") || strings.HasSuffix(p.low, "ed")) || postModifiers[p.low]) {
		return agentNoun(v.toks[i-2].low)
	}
	// "a driver at the Kissufim crossing", "a porter at the Allenby
	// Bridge": one person by her work, an agent noun in the singular (as
	// agentNoun reads its plural), or any noun counted with "a", at or
	// from a place named with "the", is the head. An office's holder "at
	// a news conference" is where she spoke, not where she works.
	p := &v.toks[i-1]
	if agentNoun(p.low) {
		return true
	}
	// "The Libyan Red Crescent's coordinator in the city": a post placed
	// by a place's kind (postplace.go).
	if v.isOne(i, wIn) && v.postInPlace(i) {
		return true
	}
	one := agentNoun(p.low+"s") && !p.has(cOfficeNoun) || i-2 >= lo && v.is(i-2, wA, wAn)
	return one && p.word && !p.capital && v.is(i, wAt, wWith, wFrom) && v.isOne(i+1, wThe)
}

// turnedToPossessive reports whether "to" at i follows a lower-case word
// or one opening the sentence, and a possessive name follows it: "Let's go
// to Kazakhstan's Ministry", "Now to Ukraine's State Statistics Service".
// A body's name holds "to" between capitals ("Commission to Prevent
// ..."), never a verb's "to" before another's possessive.
func (v *view) turnedToPossessive(i, lo int) bool {
	if !v.isOne(i, wTo) || i+1 >= len(v.toks) || !v.toks[i+1].poss || i-1 < lo {
		return false
	}
	p := &v.toks[i-1]
	return p.word && (!p.capital || v.sentenceWord(i-1))
}
