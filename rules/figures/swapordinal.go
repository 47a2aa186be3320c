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
// The noun is one exchange, singular ("the 52nd swaps" is no English). A
// word naming who is exchanged may stand before it ("53rd prisoner
// exchange", "12th POW swap"), and the noun must not go on into a
// compound of its own: "the 5th exchange rate cut", "her 3rd exchange
// programme", "the 2nd swap line" rank those.

// swapNouns are the nouns of one exchange that an ordinal counts.
var swapNouns = wordset.New(map[string]struct{}{
	"exchange": {}, "swap": {},
})

// swapSorts name who or what an exchange trades.
var swapSorts = wordset.New(map[string]struct{}{
	"prisoner": {}, "prisoners": {}, "pow": {}, "pows": {}, "captive": {}, "captives": {},
	"hostage": {}, "hostages": {}, "detainee": {}, "detainees": {}, "body": {}, "bodies": {},
})

// swapCompounds go on from an exchange noun into a noun of their own: the
// ordinal then ranks that ("the 5th exchange rate cut").
var swapCompounds = wordset.New(map[string]struct{}{
	"rate": {}, "rates": {}, "programme": {}, "program": {}, "student": {}, "students": {},
	"line": {}, "lines": {}, "market": {}, "traded": {}, "fund": {}, "offer": {}, "window": {},
	"visit": {}, "agreement": {}, "trip": {}, "spread": {}, "contract": {}, "auction": {},
})

// swapOrdinalAt reports whether the ordinal whose suffix ends at token k-1
// ranks one exchange: token k opens at most one word of who is exchanged
// (with the words a hyphen joins to it: "prisoner-of-war") and then the
// exchange noun, with no compound noun after it.
func (p *parser) swapOrdinalAt(k int) bool {
	j := k
	if p.isWord(j) && swapSorts.Has(strings.ToLower(p.str(j))) {
		for j++; p.joinedHyphen(j); j += 2 {
		}
	}
	if !p.isWord(j) || !swapNouns.Has(strings.ToLower(p.str(j))) {
		return false
	}
	return !p.isWord(j+1) || !swapCompounds.Has(strings.ToLower(p.str(j+1)))
}
