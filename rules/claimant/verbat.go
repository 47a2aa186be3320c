// verbAt and its readers: whether a reporting or findings word is used as a
// verb (a noun after a determiner, a plural before a bare verb, a name's
// "'s" verb, an -ing form after "be" or "with", a participle after a
// comma).

package claimant

import "strings"

// verbAt reports whether token i is a reporting verb used as a verb, and
// whether it is a findings verb.
func (v *view) verbAt(i int) (report, finding bool) {
	t := &v.toks[i]
	// -ing forms are read as verbs only after "be" ("is saying"), never
	// otherwise ("telling them to move", "speaking to"): see newView.
	if !t.report && !t.finding || t.capital && i > 0 && !t.shouted || v.stateMedia(i) {
		return false, false
	}
	// "staff were still reporting for work", "reported for duty": to
	// turn up at work, no claim.
	if t.low[0] == 'r' && strings.HasPrefix(t.low, "report") && v.reportsForWork(i) {
		return false, false
	}
	// A noun after a determiner or possessive: "the report", "its count".
	if i > 0 {
		p := &v.toks[i-1]
		if p.low == "s" && i > 1 && v.toks[i-2].low == "'" && !possNameVerb[t.low] && !v.pastNameVerb(i) || p.has(cDeterminer) || p.has(cPronoun) && p.low != "it" && p.low != "they" && p.low != "he" && p.low != "she" && p.low != "we" && p.low != "i" && p.low != "you" ||
			p.low == "last" || p.low == "latest" || p.low == "new" || p.low == "own" || p.low == "daily" && !v.outletNameEnd(i-1) || p.poss || v.adjectiveAfter(i) ||
			// "the Tourism Board's monthly releases": a possessive, then a
			// findings modifier (claim28; a findings noun is read as one
			// already).
			p.has(cFindingsModifier) && !t.has(cFindingNoun) && i > 2 && (v.toks[i-2].poss || v.toks[i-2].low == "s" && v.toks[i-3].low == "'") {
			return false, false
		}
		// "Remittances from the six Gulf states topped $90 billion":
		// "states" before a verb of its own is the plural noun (claim28).
		if t.low == "states" && v.statesNoun(i) {
			return false, false
		}
		// "the coast guard's monthly interception logs show": a form in
		// -s before a bare verb of claim is the plural noun its subject
		// ends on, as "states" before a verb is.
		if v.pluralBeforeBareVerb(i) {
			return false, false
		}
		// "the Service's incident log shows": a possessed compound's head
		// (ownedpublication.go).
		if v.possessedCompoundHead(i) {
			return false, false
		}
		// "We obtained the Port Authority's internal shipping logs.":
		// the plural closing a verb's object (possessed.go).
		if v.objectPluralEnd(i) {
			return false, false
		}
		// "Turnout hits record 72%": a bare form after a verb (role.go).
		if v.afterFiniteVerb(i) {
			return false, false
		}
		// "Remittances hit record $12 billion", "at record 9%": a level
		// reached, "record" its adjective before the figure.
		if t.low == "record" && i+1 < len(v.toks) && v.toks[i+1].fig && reachingWords[p.low] {
			return false, false
		}
		// "the visual-confirmation project WarSpotting": a kind of body
		// before a name is a noun.
		if v.kindBeforeProper(i) {
			return false, false
		}
		// "A review by the Coastal Herald of court records found":
		// the of-phrase's noun (ofwork.go).
		if v.ofPhraseNoun(i) {
			return false, false
		}
		// "a 12-million-euro project": the noun a compound hyphened
		// onto a number modifies (claim117).
		// (A findings noun after one, "the agency's 9,000-case
		// count", is read as before: its owner's reading is elsewhere.)
		if !p.space && !t.has(cFindingNoun) && v.numberCompoundBefore(i) {
			return false, false
		}
	}
	return t.report, t.finding
}

// numberCompoundBefore reports whether the word at i follows, after a
// space, a compound adjective hyphened onto a number: "a 31-million-dollar
// project", "a 12-member survey team", "a 40-page report". The compound
// modifies the word, a noun however often it is a verb ("project",
// "estimate"); a figure's compound ends no subject before its verb.
func (v *view) numberCompoundBefore(i int) bool {
	// (The compound's last word touches the noun's space: "3-1,
	// adds" and "9,000-plus, says" end on a comma, no compound.)
	if i < 3 || !v.toks[i].space || !v.toks[i-1].word {
		return false
	}
	hyphen := false
	k := i - 1
	for ; k > 0 && k > i-12 && !v.toks[k].space; k-- {
		if v.isOne(k, wDash) {
			hyphen = true
		}
	}
	t := &v.toks[k]
	return hyphen && (t.num || t.fig) && v.isOne(k+1, wDash)
}

// statesNoun reports whether "states" at i is the plural noun: a verb
// follows it ("the six Gulf states topped", "member states have"), as
// none follows the verb ("the report states that").
func (v *view) statesNoun(i int) bool {
	if i+1 >= len(v.toks) {
		return false
	}
	n := &v.toks[i+1]
	if !n.word || n.capital {
		return false
	}
	return n.has(cIrregularPast) || len(n.low) > 4 && strings.HasSuffix(n.low, "ed") || statesVerbs[n.low]
}

// reachingWords are the verbs of reaching a level and "at", before
// "record" and a figure: "hit record $90 billion", "at record 40,000"
// ("continue to record 40 a day" is the verb).
var reachingWords = set("hit hits reach reaches reached touch touches touched top tops topped " +
	"jump jumps jumped soar soars soared surge surges surged at")

// pluralBeforeBareVerb reports whether the verb form in -s at i is a
// plural noun: a bare verb of claim follows it at once ("interception logs
// show", "the agency's counts suggest"), which no verb in -s is followed
// by.
func (v *view) pluralBeforeBareVerb(i int) bool {
	t := &v.toks[i]
	// (A findings noun, "the most cautious estimates put", is the
	// findings reader's, as it was.)
	if i+1 >= len(v.toks) || len(t.low) < 4 || t.low[len(t.low)-1] != 's' || strings.HasSuffix(t.low, "ss") || t.has(cFindingNoun) {
		return false
	}
	// ("..., says state health director": "says" is no plural noun, and
	// the bare form after it is no verb, saidscope.go.)
	if v.isOne(i, wSays) {
		return false
	}
	n := &v.toks[i+1]
	// ("IDF releases tally of Hezbollah fire": a findings noun after
	// the form is its object.)
	if !n.word || n.capital || !(n.report || n.finding) || n.has(cFindingNoun) || !t.space && !n.space {
		return false
	}
	w := n.low
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !n.has(cIrregularPast)
}

// statesVerbs are the verbs a plural noun's clause goes on with.
var statesVerbs = set("have had are were will would could should must")

// possNameVerb are verb forms that are never a noun a possessive owns:
// after "'s" they are the verb of a name that ends in it ("Moody's said",
// "Sotheby's expects", "Lloyd's tells clients") or of a subject whose
// "'s" is "has" ("The minister's said"). ("Moody's estimates",
// "Moody's forecast" stay nouns: a possessive owns them.)
var possNameVerb = set("said says told tells expects predicts warns believes reckons insists confirms")

// possNameVerbAt reports whether the word at i, after a capitalised
// name's "'s", is that name's verb: a possNameVerb, or a past form before
// a determiner (pastNameVerb).
func (v *view) possNameVerbAt(i int) bool {
	return i < len(v.toks) && (possNameVerb[v.toks[i].low] || v.pastNameVerb(i))
}

// pastNameVerb reports whether the word at i, after a capitalised name's
// "'s", is a past form in -ed or an irregular past before a determiner or
// a possessive pronoun ("Moody's revised its assessment", "McDonald's
// closed the shops"), which no noun a possessive owns is followed by
// ("Moody's revised outlook"): the name's own verb.
func (v *view) pastNameVerb(i int) bool {
	if i < 3 || i+1 >= len(v.toks) || !v.toks[i-3].capital {
		return false
	}
	t := &v.toks[i]
	if !t.word || t.capital || !(len(t.low) > 4 && strings.HasSuffix(t.low, "ed") || t.has(cIrregularPast)) {
		return false
	}
	return v.toks[i+1].has(cDeterminer) || v.is(i+1, wIts, wTheir)
}

// kindBeforeProper reports whether the word at i is a kind of body between
// a lower-case modifier and a name ("the mapping project WarSpotting",
// "the crowd-sourced monitoring project Oryx"); a plural before it is the
// subject of a verb ("pollsters project Labour").
func (v *view) kindBeforeProper(i int) bool {
	t, p := &v.toks[i], &v.toks[i-1]
	if !t.has(cBody) || i+1 >= len(v.toks) || !v.toks[i+1].capital || !v.toks[i+1].word || v.toks[i+1].has(cDay) {
		return false
	}
	return p.word && !p.capital && !p.has(cPronoun|cBetween|cClause|cPreposition) && !strings.HasSuffix(p.low, "s")
}

// progressive reports whether the -ing word at i follows a form of "be",
// perhaps with an adverb between: "is saying", "are now reporting".
func (v *view) progressive(i int) bool {
	k := i - 1
	if k >= 0 && v.is(k, wNow, wStill, wAlso, wAlready, wWidely) {
		k--
	}
	return k >= 0 && (v.is(k, wIs, wAre, wWas, wWere, wBeen) || v.contractedBe(k) && audienceStems[stem(v.toks[i].low)])
}

// absolute reports whether the -ing word at i is the verb of an absolute
// construction, "with" and its subject before it: ", with the Sudan Doctors
// Network reporting 1,350": the phrase after "with" is the verb's subject.
func (v *view) absolute(i int) bool {
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		t := &v.toks[k]
		if t.low == "'" || t.low == "-" && !t.space {
			continue // "Syria's government", "UN-backed"
		}
		if !t.word || t.fig || t.num {
			return false
		}
		if t.low == "with" {
			return k < i-1 && (v.toks[k+1].capital || v.toks[k+1].has(cDeterminer))
		}
	}
	return false
}

// participle reports whether the -ing form at i opens a participle clause
// after a comma ("The UN disputed that account, saying that ..."): a verb
// whose subject is its main clause's (see sharedSubject).
func (v *view) participle(i int) bool {
	return i > 1 && v.toks[i].ing && v.isOne(i-1, wComma) && v.toks[i-2].word
}
