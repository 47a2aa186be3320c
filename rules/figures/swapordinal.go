package figures

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/internal/wordset"
)

// An ordinal in digits that ranks one exchange of a war's prisoners counts
// the exchanges up to it, as an ordinal that ranks one death counts the
// toll (tollordinal.go): "the 52nd swap of the war", "in the 54th
// exchange since the invasion", "its 53rd prisoner exchange" say that 52,
// 54, 53 exchanges have been made, so the figure is a count, exact. A
// desk tracking how many swaps a war has seen reads it from the ordinal
// alone, since outlets seldom write "52 exchanges".
//
// The noun is one exchange, singular ("the 52nd swaps" is no English),
// and it ends its phrase: what follows is punctuation or a closed-class
// word (a preposition, a conjunction, an auxiliary) or an adverb in -ly, so that a noun it
// heads a compound for ("its 3rd exchange semester", "a 2nd swap worth
// $5bn", "the 5th exchange rate cut") takes the ordinal instead. After
// "of" comes what is exchanged, and a swap of people says it with a
// determiner or a word of who is traded ("the 52nd swap of the war", "the
// 9th exchange of prisoners"); any other noun there is no swap of people
// ("the 3rd exchange of fire", "a 4th exchange of views"). A word of who
// is exchanged may stand before the noun ("53rd prisoner exchange", "12th
// POW swap", "56th prisoner-of-war exchange"). A bare "the 60th exchange
// between Valdria and Morvania" is a count too: which exchanges a metric
// counts, its keywords and scope decide.

// swapNouns are the nouns of one exchange that an ordinal counts.
var swapNouns = wordset.New(map[string]struct{}{
	"exchange": {}, "swap": {},
})

// swapSorts name who or what an exchange trades.
var swapSorts = wordset.New(map[string]struct{}{
	"prisoner": {}, "prisoners": {}, "pow": {}, "pows": {}, "captive": {}, "captives": {},
	"hostage": {}, "hostages": {}, "detainee": {}, "detainees": {}, "body": {}, "bodies": {},
	"soldiers": {}, "servicemen": {}, "people": {},
})

// swapPhraseEnds are the closed-class words that may follow the exchange
// noun when it ends its phrase: prepositions, conjunctions, auxiliaries.
var swapPhraseEnds = wordset.New(map[string]struct{}{
	"since": {}, "between": {}, "in": {}, "on": {}, "at": {}, "with": {}, "for": {}, "from": {},
	"by": {}, "after": {}, "before": {}, "during": {}, "under": {}, "near": {}, "across": {},
	"to": {}, "into": {}, "this": {}, "that": {}, "and": {}, "but": {}, "or": {}, "as": {},
	"when": {}, "while": {}, "which": {}, "where": {}, "so": {}, "was": {}, "were": {}, "is": {},
	"are": {}, "has": {}, "had": {}, "have": {}, "will": {}, "would": {}, "could": {}, "may": {},
	"might": {}, "did": {}, "does": {}, "brokered": {}, "mediated": {},
})

// swapOfDeterminers open what "of" says an exchange is of when it is the
// war or the year it belongs to ("of the war", "of this year").
var swapOfDeterminers = wordset.New(map[string]struct{}{
	"the": {}, "this": {}, "that": {}, "its": {}, "their": {}, "his": {}, "her": {},
})

// swapOrdinalAt reports whether the ordinal whose suffix ends at token k-1
// ranks one exchange: token k opens at most one word of who is exchanged
// (with the words a hyphen joins to it: "prisoner-of-war"), then the
// exchange noun, which ends its phrase.
func (p *parser) swapOrdinalAt(k int) bool {
	j := k
	if p.isWord(j) && swapSorts.Has(strings.ToLower(p.str(j))) {
		for j++; p.joinedHyphen(j); j += 2 {
		}
	}
	if !p.isWord(j) || !swapNouns.Has(strings.ToLower(p.str(j))) {
		return false
	}
	if !p.isWord(j + 1) {
		return true
	}
	next := strings.ToLower(p.str(j + 1))
	if next == "of" {
		if !p.isWord(j + 2) {
			return false
		}
		w := strings.ToLower(p.str(j + 2))
		return swapOfDeterminers.Has(w) || swapSorts.Has(w)
	}
	return swapPhraseEnds.Has(next) || len(next) > 4 && strings.HasSuffix(next, "ly") // "quietly"
}
