package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// wholeNounModifier reports whether lower-cased w, after the whole's own
// figure in "N of the M ... KEYWORD", may be a modifier of the whole's
// noun: "3,000 of the nearly 11,300 civilian deaths", "two of the 14
// approved arms sales". A part and a whole with a figure each are two
// amounts of one noun phrase, and the keyword that ends it is the whole's:
// it does not count for the part. A word that opens a clause or a phrase of
// its own (a verb of being, a modal, a preposition, a conjunction, a
// relative) ends the whole's phrase: in "3,000 of the 11,300 were in
// Donetsk, where deaths ..." the keyword is no longer the whole's.
func wholeNounModifier(w string) bool {
	if linkWords[w] || auxiliary(w) || beForm(w) || modalWord(w) || subordinatingWord(w) {
		return false
	}
	switch w {
	case "by", "in", "on", "at", "of", "to", "as", "since", "after", "before", "during", "until", "or", "so", "yet", "then", "where", "whose", "whom", "did", "do", "does":
		return false
	}
	return true
}

// partPredicateVerb reports whether lower-cased w, after the whole of "N of
// the M ...", opens the part's predicate: a verb of being or of happening
// ("3,000 of the 11,300 deaths were in the Donetsk region", "2,500 of the
// 12,000 deaths occurred in Sindh", "took place in", "came in"). The
// sentence's subject is the part; a place the predicate gives is the
// part's, and says nothing of the whole's place. A participle after the
// whole's noun may still be the whole's ("of the 12,000 deaths recorded in
// Sindh"), so only finite verbs that take no object and modify no noun are
// read.
func partPredicateVerb(w string) bool {
	if beForm(w) {
		return true
	}
	switch w {
	case "happened", "occurred", "happen", "occur", "took", "came", "come":
		return true // "took place in", "came in the Donetsk region"
	}
	return false
}

// partPredicateKeyword reports whether keyword hit h, after figure fi of
// sentence s, is the predicate of the part taken of fi ("Around 1,200 of
// the 4,000 civilians trapped died"): the sentence's subject is the part,
// and its verb says what befell the part, not what the whole counts. The
// keyword is that verb when it follows the whole's noun phrase with nothing
// of a clause of its own between (no mark, auxiliary, modal or relative
// pronoun: "of the 9.9m people Sudan's war has displaced", "of the 35,000
// Gazans who did not survive" stay the whole's) and ends its clause with no
// verb after it; a keyword a verb follows is the whole's own reduced
// relative ("of the 11,300 civilians killed were in Donetsk"). A whole and
// the keyword with no noun between ("of the 34,000 killed") is the whole's
// noun, and is not read here; so is a keyword that is no past verb ("of the
// 9,600 flood deaths ... happened in Sindh").
//
// The keyword may close a verb group, a passive's participle or a
// perfect's ("34,000 of the 2.2 million Palestinians in Gaza were killed",
// "have died": passiveStart): the whole is then no count of it. A money
// part's passive says what the metric counts ("$1.5bn of the $4.1bn appeal
// has been received"), and partOfPredicateWhole leaves it.
func partPredicateKeyword(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start <= fe+1 || partTaker(d, s, fi) < 0 {
		return false
	}
	// The group may open right after the whole: "of Gaza's population of
	// 2.3 million have been killed".
	ps := passiveStart(d, fe-1, h.start)
	// The keyword is a past form ("died", "were killed"; a phrase's verb
	// opens it: "have lost their lives"), or the complement of a be-form
	// ("are now dead"). A noun keyword ("of the 9,600 flood deaths") is
	// the whole's own.
	if !keywordPastVerb(d, h) && !(ps < h.start && beForm(d.LowerTokenText(ps))) {
		return false
	}
	// An aside between the whole's phrase and the part's verb says nothing
	// of either: "34,000 of the 2.3 million people in Gaza, according to
	// UN estimates, have been killed" (subjectAside).
	we := ps
	if ps-1 > fe {
		if c := asideOpenBefore(d, s, fe, ps-1); c > fe {
			we = c
		}
	}
	n0 := 0
	if populationWhole(d, s, fi) {
		n0 = 1
	}
	if ps < h.start && (!wholePhraseBefore(d, fe, we, n0) || activePerfect(d, ps, h.start) && !wholeNounPlaced(d, fe, we)) {
		return false
	}
	for k := fe; k < we; k++ {
		if w := d.LowerTokenText(k); relativeWord(w) || w == "that" {
			if e := dwellingEnd(d, k, ps); e > k {
				k = e - 1 // "of the 2.3 million people who live in Gaza"
				continue
			}
		}
		if w := d.LowerTokenText(k); stretchMark(d, k) || auxiliary(w) || modalWord(w) || relativeWord(w) || w == "that" {
			return false
		}
	}
	for k := h.end; k < s.TokEnd && !stretchMark(d, k); k++ {
		if w := d.LowerTokenText(k); auxiliary(w) || modalWord(w) || relativeWord(w) || w == "that" {
			return false
		}
	}
	return true
}

// passiveStart returns where the verb group that ends in keyword token kw
// starts when it is a passive ("were killed", "have been killed", "had
// been displaced") or a perfect ("have died", "has fled"), or kw. The
// group's subject is the part of "N of the M ... were killed", as an active
// verb's is: what befell the part, not a relative clause on the whole,
// which has a relative word or a subject of its own before its auxiliary
// ("of the 9.9m people Sudan's war has displaced"). Up to two adverbs may
// stand in the group ("were reportedly killed", "have so far been
// killed", "have now died").
func passiveStart(d *figures.Document, lo, kw int) int {
	k := skipGroupAdverbs(d, lo, kw-1)
	if k <= lo {
		return kw
	}
	switch w := d.LowerTokenText(k); {
	case w == "been":
		if j := skipGroupAdverbs(d, lo, k-1); j > lo && haveForm(d.LowerTokenText(j)) {
			return j
		}
	case w == "was", w == "were", w == "is", w == "are":
		return k
	case w == "have", w == "has", w == "had":
		return k // a perfect: "have died", "has fled"
	}
	return kw
}

// skipGroupAdverbs returns the first token at or before k, past at most
// two adverbs of a verb group (adverbSlot, no form of "have"), that is no
// such adverb; lo bounds it.
func skipGroupAdverbs(d *figures.Document, lo, k int) int {
	for n := 0; n < 2 && k-1 > lo && adverbSlot(d, k) && !haveForm(d.LowerTokenText(k)); n++ {
		k--
	}
	return k
}

// adverbSlot reports whether token k, between the parts of a verb group
// ("have now been", "were reportedly killed"), can be its adverb: a
// lower-case word that is no be-form, as only an adverb stands there.
func adverbSlot(d *figures.Document, k int) bool {
	w := d.TokenText(k)
	return d.Tokens[k].IsWord() && isLowerWord(w) && !beForm(w)
}

// wholePhraseBefore reports whether tokens [fe, ps), between a whole's
// figure and a passive, are only the whole's noun phrase: at most three
// words of its own, then perhaps a phrase a preposition opens ("the 2.2
// million Palestinians in Gaza were killed"). A determiner, an apostrophe
// or a verb of saying before any preposition opens a clause of its own
// whose passive is not the part's: "of the more than 34,000 Palestinians
// Gaza health officials say have been killed", "of the 10,500 civilians the
// UN says have been killed".
//
// A population's whole has its noun before it (populationWhole: "of the
// population of 2.3 million in Gaza have been killed"): n0 is 1 then, the
// noun counted.
func wholePhraseBefore(d *figures.Document, fe, ps, n0 int) bool {
	for k, n := fe, n0; k < ps; k, n = k+1, n+1 {
		w := d.LowerTokenText(k)
		if prepositions[w] {
			return n > 0
		}
		if n == 3 || determiner(w) || isApostrophe(w) || speakingVerb(w) {
			return false
		}
	}
	return true
}

// activePerfect reports whether the verb group [ps, kw) is a perfect
// ("have died", "has now fled"), no passive: a form of "have" with no
// "been" after it.
func activePerfect(d *figures.Document, ps, kw int) bool {
	if !haveForm(d.LowerTokenText(ps)) {
		return false
	}
	for k := ps + 1; k < kw; k++ {
		if d.LowerTokenText(k) == "been" {
			return false
		}
	}
	return true
}

// wholeNounPlaced reports whether tokens [fe, ps), a whole's noun phrase
// before a perfect, are its noun alone or hold a preposition's phrase
// ("of the 2.3 million civilians trapped inside the Gaza Strip have
// died"). Two or three words with none may be a relative clause's subject
// of its own, whose perfect is the whole's ("of the 12,000 people Israeli
// strikes have killed"), as a passive never is.
func wholeNounPlaced(d *figures.Document, fe, ps int) bool {
	if ps-fe <= 1 {
		return true
	}
	for k := fe; k < ps; k++ {
		if prepositions[d.LowerTokenText(k)] {
			return true
		}
	}
	return false
}

// partOfPredicateWhole reports whether figure fi of sentence s takes a part
// of the figure right after it and keyword hit h is that part's predicate
// (partPredicateKeyword): "Around 1,200 of the 4,000 civilians trapped
// died" counts a part of the trapped, no running total. A whole that is a
// crowd the event touched may have the count as its part, as with a fronted
// whole (noWholeBefore): one above the metric's max ("about 45,000 of the 2
// million people in the quake zone died"), or the people of the metric's
// own place ("About 34,000 of the 2.2 million people in Gaza died":
// ownPlaceCrowd).
func (m *metric) partOfPredicateWhole(st *docState, s *figures.Sentence, fi int, hits []hit, h hit) bool {
	d := st.d
	g := fi + 1
	if d.Figures[fi].Kind == figures.Money {
		return false // the sum a part of a sum is given is that act's sum (partofexcluded.go)
	}
	if g >= s.FigEnd || partTaker(d, s, g) != fi || m.rejects(&d.Figures[g]) == aboveMax {
		return false
	}
	// A count's part may be a passive's or a perfect's subject: what befell
	// it ("1,200 of the 4,000 civilians trapped have been killed").
	if !partPredicateKeyword(d, s, g, h) {
		return false
	}
	// A part its predicate places in the metric's own place, of a whole
	// that names none of it, is the place's count ("4,100 of the 5,000
	// killed in the storm died in Derna": placedpartwider.go).
	return !m.ownPlaceCrowd(st, s, g, h.start) && m.predicatePlacedWhole(st, s, hits, fi) != g
}

// ownPlaceCrowd reports whether whole figure g counts the people of the
// metric's own place, named right after their noun: "the 2.2 million
// people in Gaza", "the 2.2 million Palestinians of Gaza" (a noun of
// people, "in", "of" or "across", perhaps "the", then a capitalised scope
// word that ends the phrase, before token end). A whole a word of its own
// narrows first ("4,000 villagers trapped by the floods in Pakistan"), or
// whose place goes on to a part of it ("people in Gaza's Nasser hospital",
// "people in Gaza City"), is a part of them.
func (m *metric) ownPlaceCrowd(st *docState, s *figures.Sentence, g, end int) bool {
	d := st.d
	gs, ge := d.FigureTokens(g)
	if populationWhole(d, s, g) {
		// "Gaza's population of 2.2 million", "the population of 2.3
		// million in Gaza": the population is everyone in the place.
		if m.placeOwnsFigure(st, s, gs-2) {
			return true
		}
		ge--
	} else if ge >= end || !peopleNoun(d, ge) {
		return false
	}
	if m.placeOwnsFigure(st, s, gs) {
		return true // "Gaza's 2.2 million people"
	}
	k := max(ge+1, dwellingEnd(d, ge+1, end)) // "the 2.2 million Palestinians living in Gaza"
	if k+1 >= end {
		return false
	}
	switch d.LowerTokenText(k) {
	case "in", "of", "across", "inside", "throughout":
	default:
		return false
	}
	k++
	if d.LowerTokenText(k) == "the" {
		k++
	}
	var buf [64]byte
	if k >= end || !named(d, k) {
		return false
	}
	e, ok := m.scopeEndAt(st, s, k, lowerInto(&buf, d.TokenText(k)))
	if ok && e < end && named(d, e) && ownLandNoun(d.LowerTokenText(e)) {
		e++ // the place's own land: "the Gaza Strip"
	}
	// The place must end the crowd's phrase: "people in Gaza's Nasser
	// hospital" and "people in Gaza City" are a part of it.
	return ok && e <= end && !isApostrophe(d.TokenText(e)) && !named(d, e)
}

// dwellingEnd returns the token after a phrase at token k, before token
// end, that says only that a crowd lives where the phrase after it names:
// a participle or a relative clause of living, perhaps with "still" or
// "now" ("living", "still living", "who live", "that still reside"): all
// its people, as "in Gaza" is, not a part a condition picks out
// ("trapped", "sheltering"). Else -1.
func dwellingEnd(d *figures.Document, k, end int) int {
	if k < end {
		if w := d.LowerTokenText(k); w == "who" || w == "that" {
			k++
		}
	}
	if k < end {
		if w := d.LowerTokenText(k); w == "still" || w == "now" {
			k++
		}
	}
	if k < end {
		switch d.LowerTokenText(k) {
		case "living", "residing", "dwelling", "live", "lives", "lived", "reside", "resides", "resided":
			return k + 1
		}
	}
	return -1
}

// keywordPastVerb reports whether keyword hit h is a verb's past form: a
// lower-case word in -ed ("died", "killed"), or the irregular past that
// opens a phrase ("lost their lives", "fled their homes").
func keywordPastVerb(d *figures.Document, h hit) bool {
	if pastVerbWord(d.TokenText(h.end - 1)) {
		return true
	}
	w := d.TokenText(h.start)
	return h.end-h.start > 1 && isLowerWord(w) && (pastVerbWord(w) || irregularPastForm(w))
}

// ownLandNoun reports whether lower-cased w, written capitalised after a
// place's name, is the place's own land ("the Gaza Strip", "the Gaza
// enclave"), the whole of it, not a part ("Gaza City").
func ownLandNoun(w string) bool {
	switch w {
	case "strip", "enclave", "territory":
		return true
	}
	return countryNouns[w]
}

// placeOwnsFigure reports whether a scope place of the metric, in the
// possessive, stands right before the figure starting at token gs and
// ends there: "Gaza's 2.2 million people", "the Gaza Strip's 2.3 million
// residents". A place's people said with its possessive are all of them,
// as "the 2.2 million people in Gaza" are.
func (m *metric) placeOwnsFigure(st *docState, s *figures.Sentence, gs int) bool {
	d := st.d
	if gs-3 < s.TokStart || d.LowerTokenText(gs-1) != "s" || !isApostrophe(d.TokenText(gs-2)) {
		return false
	}
	var buf [64]byte
	for k := gs - 3; k >= s.TokStart && k >= gs-5 && named(d, k); k-- {
		if e, ok := m.scopeEndAt(st, s, k, lowerInto(&buf, d.TokenText(k))); ok && e == gs-2 {
			return true
		}
	}
	return false
}

// pastVerbWord reports whether w, as written, is a lower-case past form in
// -ed ("died", "killed", "fled", "displaced"): a verb, not a noun.
func pastVerbWord(w string) bool {
	return isLowerWord(w) && len(w) > 3 && strings.HasSuffix(w, "ed")
}
