package figures

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/internal/wordset"
)

// An ordinal in digits that ranks one death counts the toll up to it: "the
// heatwave claimed its 341st victim", "the 50th death of the outbreak",
// "became the war's 1,000th civilian casualty". The sentence says the toll
// has reached N, so the figure is a count of N, exact, as "reaches N" is
// (the rules corpus labels its one case of the shape, a 10,000th civilian
// death, exact). An ordinal that ranks anything else ("the 341st day",
// "its 50th anniversary", "the 3rd Infantry Division", "the 21st
// century", "a 10th straight day") stays a rank.
//
// The noun is one death, singular: "the 50th deaths" is no English. A few
// words that sort deaths may stand between ("1,000th civilian casualty",
// "212th confirmed death"), and the noun must not go on into a compound
// of its own ("its 5th death sentence", "a 3rd casualty ward").

// tollNouns are the nouns of one death that an ordinal counts.
var tollNouns = wordset.New(map[string]struct{}{
	"victim": {}, "death": {}, "fatality": {}, "casualty": {}, "life": {},
})

// tollSorts sort the deaths an ordinal counts: whose they are, or how
// sure the count is.
var tollSorts = wordset.New(map[string]struct{}{
	"civilian": {}, "confirmed": {}, "recorded": {}, "known": {}, "reported": {}, "official": {},
	"verified": {}, "registered": {}, "suspected": {}, "documented": {}, "fatal": {},
})

// tollCompounds go on from a death noun into a noun of their own: the
// ordinal then ranks that ("its 5th death sentence").
var tollCompounds = wordset.New(map[string]struct{}{
	"sentence": {}, "penalty": {}, "row": {}, "squad": {}, "threat": {}, "certificate": {}, "notice": {},
	"anniversary": {}, "ward": {}, "toll": {}, "rate": {}, "march": {}, "camp": {}, "wish": {}, "spiral": {},
	"clearing": {}, "station": {}, "list": {}, "count": {}, "insurance": {}, "sciences": {}, "skills": {},
})

// tollOrdinalAt reports whether the ordinal whose suffix ends at token k-1
// ranks a death: token k opens at most two sorting words and then the
// death noun, with no compound noun after it.
func (p *parser) tollOrdinalAt(k int) bool {
	for j := k; j < k+3; j++ {
		if !p.isWord(j) {
			return false
		}
		w := strings.ToLower(p.str(j))
		if tollNouns.Has(w) {
			return !p.isWord(j+1) || !tollCompounds.Has(strings.ToLower(p.str(j+1)))
		}
		if !tollSorts.Has(w) {
			return false
		}
	}
	return false
}
