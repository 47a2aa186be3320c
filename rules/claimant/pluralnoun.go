package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// nameThenPlural reports whether the -s form at i closes a prepositional
// phrase as the plural noun a name modifies: "no record of the figure in
// Department of Homeland Security releases;", "as cited in UN reports.".
// A name after "in" or "from" is the preposition's object, no subject, so
// the word after it that ends the clause is a noun. ("..., the UN
// estimates." has a determiner before the name and stays a verb.)
func (v *view) nameThenPlural(i, lo int) bool {
	if !strings.HasSuffix(v.toks[i].low, "s") || !v.boundary(i+1) || i-1 < lo {
		return false
	}
	k := i - 1
	// "sent by EU member states,": a lower-case noun of no lexicon may
	// stand between the name and the plural it modifies.
	if k-1 > lo && v.toks[k].word && !v.toks[k].capital && !v.toks[k].inLexicon() && !agentNoun(v.toks[k].low) && v.toks[k-1].capital {
		k--
	}
	if !v.toks[k].capital {
		return false
	}
	for k > lo && k >= i-8 && (v.toks[k].capital && v.toks[k].word || v.toks[k].has(cLink) && v.toks[k-1].capital) {
		k--
	}
	// ("the health ministry in Khartoum concedes,": placedbody.go.)
	return k >= lo && k < i-1 && (v.is(k, wIn, wFrom, wAcross, wAmong, wBy) && !v.placedBodyBefore(k, lo) || causeWord(v.toks[k].low))
}

// causeWord reports whether w is a preposition of what moved someone,
// whose object a headline packs into a name and a plural: "US held back
// 1,800 heavy bombs over Rafah fears, US officials say", "Markets fall amid
// Fed worries", "despite Kremlin denials". The -s form after such a name
// is the plural noun, no verb of claim whose subject is the phrase before
// (fears, worries and doubts are verbs of claim's forms too).
func causeWord(w string) bool {
	return w == "over" || w == "amid" || w == "despite"
}

// countedPlural reports whether the -s form at i is a plural noun a
// figure counts: "delegations from 18 African states", "the 27 member
// states". A verb in -s takes a singular subject, and a phrase counted
// by a figure is plural. Only a people's adjective or a lower-case noun
// of no lexicon may stand between ("30,000, ministry says" is a
// headline's source after its figure, and a comma stands there).
func (v *view) countedPlural(i, lo int) bool {
	if i-1 < lo || !strings.HasSuffix(v.toks[i].low, "s") {
		return false
	}
	if p := &v.toks[i-1]; p.fig || p.num {
		// ("KSV1870 reckons": a name's glued number counts nothing,
		// gluednumber.go.)
		if v.gluedNumber(i-1, lo) {
			return false
		}
		// ("Measles cases pass 9,000 says WHO": headlinesays.go.)
		return !v.headlineSays(i, i-1, lo, len(v.toks))
	}
	if i-2 < lo || !(v.toks[i-2].fig || v.toks[i-2].num) {
		return false
	}
	p := &v.toks[i-1]
	return p.word && (v.demonym(i-1) || icAdjective(p) || !p.capital && !p.inLexicon() && !agentNoun(p.low) && !p.has(cBody))
}

// icAdjective reports whether the capitalised word is an adjective of a
// people, region or faith by its "-ic" ending, which the place lists need
// not hold: "12 Turkic states", "the 8 Nordic states", "5 Baltic ports",
// "57 Islamic nations". A name that speaks alone after a figure stands
// after a comma ("40 dead, Oxfam says"); one in "-ic" is rarer still.
// claim116.
func icAdjective(p *tok) bool {
	return p.capital && !p.shouted && len(p.low) > 4 && strings.HasSuffix(p.low, "ic")
}

// pluralBeforeVerb reports whether the -s form at i is a plural noun
// because a past verb follows it: "Asylum claims reached 111,000",
// "Insurance claims rose", or a bound verb's base form before a figure:
// "Flood claims top 210,000". A verb in -s takes an object or a clause,
// never a second verb straight after it.
func (v *view) pluralBeforeVerb(i, hi int) bool {
	if i+1 >= hi || !strings.HasSuffix(v.toks[i].low, "s") || v.toks[i].capital && i > 0 {
		return false
	}
	// "The 40 residents the mayor says fled": a verb that is no noun
	// ends a contact clause, and the past verb is its complement's.
	if !v.toks[i].has(cFindingNoun) && !pluralNouns[v.toks[i].low] {
		return false
	}
	n := &v.toks[i+1]
	if !n.word || n.capital || n.report || n.finding {
		return false
	}
	// "Valencia flood claims top 210,000", "Flood claims near 9,000": a
	// headline's bound verb in its base form before the figure agrees
	// with a plural subject.
	if figures.IsBoundVerb(n.low) && (n.fig || i+2 < hi && (v.toks[i+2].fig || v.toks[i+2].num)) {
		return true
	}
	return len(n.low) > 4 && strings.HasSuffix(n.low, "ed") || n.has(cIrregularPast)
}

// pluralNouns are reporting verbs' -s forms that are as often plural
// nouns, beside the findings nouns: "Asylum claims", "warnings".
var pluralNouns = set("claims reports warnings notes statements")

// pastLikeBase: reporting verbs whose past has no -ed ("said", "told",
// "found"), or is the base form itself ("put", "read"): a singular
// subject may stand before them.
var pastLikeBase = set("said told found thought heard put read set")

// nounAfterArticle reports whether the reporting verb's base form at i
// follows "a" or "an" and at most two lower-case modifiers: "keep a
// separate register of cases", "issued a new estimate", "gave an updated
// casualty count". A phrase counted
// with "a" is singular and its verb would take -s or a past, so the word
// is the phrase's noun. ("A spokesman said", "an official told": a past
// after a person is a verb.)
func (v *view) nounAfterArticle(i, lo int) bool {
	w := v.toks[i].low
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || v.toks[i].has(cIrregularPast|cPastLikeBase) {
		return false
	}
	for k := i - 1; k >= lo && k >= i-3; k-- {
		if v.is(k, wA, wAn) {
			return true
		}
		if t := &v.toks[k]; !t.word || t.capital || t.has(cQuantifier|cDeterminer|cPronoun) || t.agent() {
			return v.superlativeBefore(i, lo)
		}
	}
	return v.superlativeBefore(i, lo)
}

// superlativeBefore reports whether the word at i follows "the" and a
// superlative, perhaps hyphened to a word after it: "keeps the
// longest-running count of the dead", "gave the highest estimate". What
// is singled out by a superlative is a noun, as after "a".
func (v *view) superlativeBefore(i, lo int) bool {
	k := i - 1
	// "longest-running": the compound's first word is the superlative.
	if k-2 >= lo && v.toks[k].word && v.isOne(k-1, wDash) && !v.toks[k-1].space && !v.toks[k].space {
		k -= 2
	}
	if k-1 < lo {
		return false
	}
	t := &v.toks[k]
	if !t.word || t.capital || len(t.low) < 5 || !strings.HasSuffix(t.low, "est") {
		return false
	}
	return v.isOne(k-1, wThe)
}

// singularBeforeVerb reports whether the bare form at i of a findings word
// that is also a verb ("count", "tally") is the noun because a finite verb
// follows it and a singular noun of what is counted stands before it:
// "The migrant count rose to 12,400", "Refugee tally passes 100,000".
// A singular subject takes no bare verb ("the migrant count" is no
// migrant counting), and a verb takes an object, never a second verb
// straight after it. A plural, a pronoun or a body before it is its
// subject ("Volunteers count 120 arrivals", "We count 300").
func (v *view) singularBeforeVerb(i, lo, hi int) bool {
	t := &v.toks[i]
	if i-1 < lo || i+1 >= hi || !t.has(cFindingNoun) || strings.HasSuffix(t.low, "s") || t.capital {
		return false
	}
	p := &v.toks[i-1]
	if !p.word || strings.HasSuffix(p.low, "s") || p.has(cPronoun|cDeterminer|cForce|cGovernment|cBody) || p.has(cBody) || p.inLexicon() && !p.has(cFindingNoun) {
		return false
	}
	// Its own word in lower case, or capitalised only by opening the
	// sentence or headline, after a determiner or nothing.
	if p.capital && (i-1 != lo || p.shouted) {
		return false
	}
	if i-2 >= lo && !v.toks[i-2].has(cDeterminer) {
		return false
	}
	n := &v.toks[i+1]
	if !n.word || n.capital {
		return false
	}
	// ("stands", "remains": a singular's verb in -s.)
	return figures.IsBoundVerb(n.low) || copulaIDs.has(&n.spelling) || v.is(i+1, wHas, wHad) || len(n.low) > 4 && strings.HasSuffix(n.low, "ed") || n.has(cIrregularPast) ||
		len(n.low) > 3 && strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") && !n.has(cFindingNoun) && !n.report && !n.finding
}
