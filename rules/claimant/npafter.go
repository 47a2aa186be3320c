package claimant

import "strings"

// Noun phrases read forward from their first token (npAfter): the phrase
// after a preposition, "according to" or a verb, with its name's inner
// "and" (nameAnd: one body's remits, "Fisheries and Oceans Canada"; not two
// parties) and the words that end it (a verb's past, a plural object, a
// time word). np.go reads a phrase back from its end (npBefore).

var timeWords = set("late earlier later yesterday today tonight overnight")

// irregularPast: past forms that do not end in -ed ("Islamic Relief began
// distributing food" ends its subject at "began").
var irregularPast = set("began became went took gave came made kept sent brought built ran saw won lost struck fell " +
	"rose met paid led fled spent sought fought drew grew knew threw wrote broke chose drove flew stood given thought felt sat " +
	// ("A spokesman for the foreign ministry laid out": so do these.)
	"laid sold bought caught taught dealt spoke")

// npAfter returns the noun phrase starting at token a (reading no further
// than hi): [a, b), or a, a when there is none.
func (v *view) npAfter(a, hi int) (int, int) {
	i := a
	for i < hi && (v.isOne(i, wQuote) || v.toks[i].low == "'" && i == a) {
		i++
	}
	// "Consider the Kyiv School of Economics", "Then there is UNICEF":
	// see readerverb.go.
	i = v.readerOpening(i, hi)
	a = i
	// ("Al-Aqsa Martyrs Hospital": an Arabic article joined to a name
	// opens it.)
	if a < hi && (v.toks[a].has(cPreposition) || v.toks[a].has(cLink) || v.toks[a].has(cClause)) && !v.toks[a].shouted && !v.articleName(a) {
		return a, a // "Of the 13,000 people", "In Gaza": no noun phrase opens here
	}
	end := a
	dots := 0 // internal dots use up no reach, as in npBefore
	for i < hi && i-a-dots < maxPhrase {
		t := &v.toks[i]
		switch {
		case t.low == "'" || t.low == "s" && v.isOne(i-1, wApostrophe) || t.low == "&" || t.low == "-" && !t.space && i > a:
			i++
			continue
		case t.low == "." && v.internalDot(i):
			dots++
			i++
			continue
		case t.word && !t.capital && i > a && i+2 < hi && v.isOne(i+1, wDash) && !v.toks[i+1].space && !v.toks[i+2].space && v.hyphenedVerb(i+2):
			// "Airwars cross-checked every incident": a verb's prefix.
			return a, end
		case i > a && v.nameParticle(i):
			// "Rio Grande do Sul", "Costa de la Luz"
		case t.capital && v.frenchNameEnd(i, hi) > i+1:
			// "the Société historique de la Gaspésie": frenchname.go.
			i = v.frenchNameEnd(i, hi)
			end = i
			continue
		case i > a && v.nameSlash(i):
			// "Sudan Liberation Movement/Army"
			i++
			continue
		case !t.word && !t.num && !v.remitComma(i, a, hi):
			// ("the Ministry of Environment, Urbanisation and Climate
			// Change": remitlist.go.)
			return a, end
		case (t.num || t.fig) && !v.nameNumber(i, a, hi) && !v.compoundNumber(i) && !v.ordinalInName(i, hi) && !v.yearAfterPossessive(i, a, hi):
			return a, end
		case t.has(cDeterminer) && i > a:
			// "Save the Children", "Researchers at the London School",
			// "an exit poll for the state broadcaster"
			// ("the health ministry of the eastern-based administration":
			// see governmentOf.)
			if !v.agentLink(i-1, a) && !v.governmentOf(i, a, hi) && !v.remit(i-1) && !((v.toks[i-1].capital || v.toks[i-1].has(cPreposition) || v.toks[i-1].has(cLink)) && i+1 < hi && v.toks[i+1].capital) {
				return a, end
			}
		case t.low == "of" && i > a && v.toks[i-1].capital && i+1 < hi && v.toks[i+1].word && !v.toks[i+1].capital && !v.toks[i+1].has(cDeterminer):
			// "the Meridian of hospital records": a name ends before a
			// lower-case of-phrase.
			return a, end
		case t.low == "of" && i > a:
			// "the ministry of health in Gaza", "Dr Hana Mourad of MSF"
		case v.isOne(i, wAnd) && i > a && (i+3 <= hi && v.kindAnd(i, a, i+3) || i+4 <= hi && v.kindAnd(i, a, i+4)):
			// "from Turkey's environment and urbanisation ministry": two
			// remits of one body's kind, read forward as npBefore reads
			// them back.
		case i > a && v.remit(i):
			// "the high commission for the protection of human rights"
		case v.writerContactClause(a, i):
			// "city officials I spoke with": speakerclause.go.
			return a, end
		case i > a && v.onPlatform(i):
			// "the National Police of Ukraine on Telegram": where the
			// body spoke (medium.go).
			return a, end
		case i > a && (t.has(cPreposition) || t.has(cLink)) && !t.space && v.isOne(i-1, wDash) && v.isOne(i+1, wDash) && !v.toks[i+1].space:
			// "commander-in-chief", "editor-in-chief": a link word
			// hyphened on both sides is inside one compound word.
		case (t.has(cPreposition) || t.has(cLink) && !t.capital) && !(i > a && v.nameStart(i)) && !v.articleName(i):
			// "in al-Arish": an Arabic article opens the name it joins.
			// "Researchers at the London School", "Organization for
			// Migration": a link word continues a name only before a
			// capital (or a determiner and a capital).
			n := i + 1
			if v.isOne(n, wThe) {
				n++
			}
			// ("say relief workers in western Darfur": people's place,
			// peopleinplace.go.)
			if i > a {
				if y := v.peoplePlaceAfter(i, a, hi); y > 0 {
					i, end = y, y
					continue
				}
			}
			if (i == a || n >= hi || !v.nameStart(n) || v.toks[n].has(cDay) || !v.is(i, wIn, wAt) && v.compoundAdjective(n, hi)) && !(i > a && v.agentLink(i, a)) {
				return a, end
			}
			// "the Health Ministry in the besieged enclave": a body's
			// place read as agentLink reads it, its modifiers and all
			// (homeplace.go modifiedHome).
			if i > a && v.isOne(i, wIn) && n == i+2 && n < hi && !v.toks[n].has(cHome) {
				if h, ok := v.modifiedHome(n); ok && h < hi && v.agentLink(i, a) {
					i, end = h+1, h+1
					continue
				}
			}
		case (t.has(cClause) || t.has(cBetween) && !t.capital) && !t.shouted:
			return a, end
		case t.low == "how" && !t.capital && i > a:
			// "asked the mayor of Nysa how many residents had refused":
			// an indirect question opens a clause of its own.
			return a, end
		case !t.capital && i > a && v.isVerbLike(i) && !v.stateNoun(i) && !v.modifiedParticiple(i, hi) && !v.participleBeforeName(i, hi) && !v.participleAfterPossessive(i) && !(v.isOne(i-1, wOwn) && v.attributive(i)) && !(t.has(cFindingNoun) && (v.boundary(i+1) || v.is(i+1, wFrom, wBy) && !agentNoun(v.toks[i-1].low) && !v.toks[i-1].has(cBody) || v.isOne(i+1, wOf) && v.ownedFindings(i) || v.madeByAfter(i, hi))) && !v.pluralObject(a, i):
			// ("COGAT's own published logs": a participle after "own"
			// describes the noun after it.)
			// "revised estimates from the Office for National Statistics":
			// a findings noun before whose they are is a noun; so is one
			// after its owner and before what it counts ("the council's
			// provisional count of ballots"), and one before a
			// participle of its making ("the final tally compiled by
			// the Western Clarion", "Israeli tallies compiled in the
			// weeks after").
			// "according to Israeli tallies.": a findings noun ending the
			// phrase, not a verb.
			return a, end
		case t.word && !t.capital && i > a && !t.inLexicon() && !t.has(cReasonNoun) && i+1 < hi && (v.toks[i+1].has(cDeterminer) && !v.toks[i+1].capital && !v.agoAfter(i+1) || v.is(i+1, wEvery, wAll, wIts, wTheir)):
			// ("posted by the city's military administration a few
			// minutes ago": a time ago after a noun is no object.)
			// "the ministry dwarf every previous war": a word before a
			// new determiner is a verb ("a clear risk the items ...": a
			// reason's noun is none).
			return a, end
		case !t.capital && i > a && t.has(cTimeWord) && !v.toks[i-1].has(cDeterminer):
			// "released by local authorities late on Monday"
			return a, end
		case !t.capital && t.word && i > a && v.spanAgo(i, hi):
			// "kept by Libya's Red Crescent two weeks after the dams
			// burst": a span of time before "after" or "ago" says when.
			return a, end
		case i > a && v.adverbAfterNoun(i, hi):
			// "announced by the country's chief justice early Friday":
			// an adverb says when or how, and ends the phrase.
			return a, end
		case t.capital && t.has(cDay):
			return a, end
		}
		i++
		end = i
	}
	return a, end
}

// madeByAfter reports whether the word after token i is a lower-case
// participle with no object, its agent or a time or place after it
// ("compiled by", "compiled in the weeks after"): what stands at i was
// made, and is a noun.
func (v *view) madeByAfter(i, hi int) bool {
	n := i + 1
	return n+1 < hi && v.toks[n].word && !v.toks[n].capital && strings.HasSuffix(v.toks[n].low, "ed") && v.toks[n+1].has(cPreposition) && !v.toks[n+1].capital
}

// pluralObject reports whether the -s form at i, which could be a verb,
// ends a phrase after a preposition as its plural noun: "estimates by
// member states.", "reports from aid groups, ...". A preposition's object
// has no verb of its own.
func (v *view) pluralObject(a, i int) bool {
	return a > 0 && v.toks[a-1].has(cPreposition) && strings.HasSuffix(v.toks[i].low, "s") && v.boundary(i+1) && !v.toks[i-1].capital
}

// nameAnd reports whether "and" at token i joins two parts of one body's
// name in the phrase ending before end: a capitalised word before it that
// does not open the sentence, and capitalised words after it up to a
// capitalised kind of body ("Location and Event Data Project", "Food and
// Agriculture Organization") or to the end of a name a kind of body opens
// ("School of Hygiene and Tropical Medicine", "Centres for Disease Control
// and Prevention"). Two names joined ("Israel and Hamas") have no kind of
// body in the second or before them.
func (v *view) nameAnd(i, lo, end int) bool {
	if i-1 < lo || i+1 >= end || !v.toks[i-1].capital || !v.toks[i-1].word || v.sentenceWord(i-1) {
		return false
	}
	// "Aquatic Resources-12": a regional office's number closes the name
	// after its kind (np.go regionNumber).
	if end-3 > i && v.regionNumber(end-1, lo) {
		end -= 2
	}
	// "Grains and Pulses Australia figures show": the name before the
	// findings it owns.
	if end-2 > i && v.toks[end-1].has(cFindingNoun) && !v.toks[end-1].capital && v.toks[end-2].capital {
		end--
	}
	last := &v.toks[end-1]
	if !last.capital || last.shouted || !nameKind(last.low) && !v.kindOfName(i, lo) && !v.kindBeforeRemit(i+1, end) && !v.officeAnd(i, end) && !v.afterInitials(i, lo, end) && !v.remitsOfPlace(i, end) && !v.remitsOpenName(i, lo, end) {
		return false
	}
	for k := i + 1; k < end; k++ {
		// "for the Upper Valleys": "the" after a link inside the name.
		// "Ethics and Anti-Corruption Commission": a hyphen joining two
		// capitalised words.
		if v.isOne(k, wDash) && !v.toks[k].space && k+1 < end && !v.toks[k+1].space && v.toks[k+1].capital {
			continue
		}
		if !v.toks[k].capital && !v.toks[k].has(cLink) && !(v.isOne(k, wThe) && v.toks[k-1].has(cLink)) {
			return false
		}
	}
	return true
}

// remitsOfPlace reports whether "and" at i joins the remits of a body
// named for the place that closes its name ("Environment and Climate
// Change Canada", "Fisheries and Oceans Canada", "Fire and Rescue NSW"):
// the word before "and" is a field a government names a department for
// and a remit stands between "and" and the place, while two parties
// joined ("Egypt and Qatar", "Hamas and Israel") have a place before
// "and" or nothing between, and two bodies joined have a name before it:
// "WestJet and Air Canada", "Oxfam and Christian Aid Ireland".
func (v *view) remitsOfPlace(i, end int) bool {
	return i+2 < end && departmentRemits[v.toks[i-1].low] && v.knownPlace(end-1, end) && !v.knownPlace(i+1, end-1)
}

// remitsOpenName reports whether "and" at i joins two fields that open a
// body's name, the first of them the name's first word, with two or more
// capitalised words after "and" that are no place: "the Housing and
// Transport Policy Watch", "the Energy and Water Research Institute" close on a
// kind the lexicons need not know, while "Health and Hamas officials"
// has lower case after its name and "Health Canada and Statistics
// Canada" a name before "and". claim116.
func (v *view) remitsOpenName(i, lo, end int) bool {
	if i+3 > end || !departmentRemits[v.toks[i-1].low] || i-2 >= lo && v.toks[i-2].capital && v.toks[i-2].word && !v.toks[i-2].has(cDeterminer) {
		return false
	}
	return !v.knownPlace(i+1, end) && !v.placeName(i+1, end) && !v.knownPlace(end-1, end)
}

// departmentRemits are the fields a government names its departments and
// services for, which open a name joined by "and" ("Employment and Social
// Development Canada", "Immigration, Refugees and Citizenship Canada"):
// common nouns, where a company's or a charity's own name opens two bodies
// joined ("Rogers and Bell Canada", "Unicef and Plan International
// Australia").
var departmentRemits = set("environment fisheries employment immigration refugees citizenship innovation science agriculture " +
	"energy water fire rescue health justice transport infrastructure housing education heritage women families" +
	// the trades and industries a statutory or industry body is named
	// for ("Meat and Livestock Australia", "Grains and Pulses
	// Australia", "Tourism and Events Canada").
	" meat livestock wool grain grains dairy cotton sugar wine tourism trade sport arts mining forestry horticulture")

// afterInitials reports whether the capitalised words before "and" at i
// follow a country's dotted initials ("U.S. Customs and Border
// Protection", "U.S. Immigration and Customs Enforcement"): a national
// body's name runs on through its "and" whatever word closes it, while two
// names joined ("the U.S. and Israel") have no word between the initials
// and "and". A place after "and" is a second party, not the rest of the
// name ("U.S. Central Command and Israel", "U.S. Treasury and Britain").
func (v *view) afterInitials(i, lo, end int) bool {
	if v.placeName(i+1, end) {
		return false
	}
	for m := i - 1; m >= lo && m >= i-4; m-- {
		t := &v.toks[m]
		if t.word && t.capital && !t.shouted && len(t.low) > 1 {
			continue
		}
		// "U.S.": a one-letter word between two inner dots.
		return m < i-1 && m-2 >= lo && t.low == "." && v.internalDot(m) && len(v.toks[m-1].low) == 1 && v.isOne(m-2, wFullStop) && v.internalDot(m-2)
	}
	return false
}

// kindBeforeRemit reports whether a capitalised kind of body in [s, end)
// heads the remit after it ("Fire and Rescue Authority for the Upper
// Valleys", "Search and Rescue Service of the Western Isles"): the name is
// one body's, whatever word closes it.
func (v *view) kindBeforeRemit(s, end int) bool {
	for k := s; k+1 < end; k++ {
		if t := &v.toks[k]; t.capital && !t.shouted && nameKind(t.low) && v.is(k+1, wFor, wOf, wTo) && v.remitInName(k+1, s, end) {
			return true
		}
	}
	return false
}

var lyNouns = set("family assembly supply anomaly monopoly rally ally")

// governmentOfNouns are what a body of government is of when two rule
// one country or a region is named by its kind.
var governmentOfNouns = set("government administration authorities republic region")

// governmentOf reports whether the determiner at i, after "of" and a
// body's kind in lower case ("the health ministry of", "the interior
// ministry of"), opens which government the body is of, in lower case
// words closed by a government's kind: "the eastern-based
// administration", "the rival government", "the self-declared republic".
// Without the phrase the body is any ministry, so it is the body's name
// read forward as it is read back. Gated on "of" before the determiner.
func (v *view) governmentOf(i, a, hi int) bool {
	if i-2 < a || !v.isOne(i-1, wOf) || !v.isOne(i, wThe) {
		return false
	}
	if b := &v.toks[i-2]; !b.word || b.capital || !bodyNounIDs.has(&b.spelling) {
		return false
	}
	for k := i + 1; k < hi && k <= i+6; k++ {
		t := &v.toks[k]
		switch {
		case t.word && !t.capital && governmentOfNouns[t.low]:
			return k > i+1
		case t.word && !t.capital && !t.has(cPreposition|cLink|cClause|cDeterminer) && !t.report,
			v.isOne(k, wDash) && !t.space:
		default:
			return false
		}
	}
	return false
}
