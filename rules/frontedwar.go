package rules

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sentence may open with a phrase that names another country's war
// before its figure: "In South Sudan's civil war, some 4 million people
// were forced from their homes", "During the civil war in Syria, some 13
// million were uprooted". The phrase frames the clause after its comma,
// and the figure is that war's. A country whose name holds one of the
// metric's own names but is another ("South Sudan" for a metric of Sudan)
// is another; the metric's own war fronted ("In Sudan's war,") or a war
// with no place ("During the war,") stays.

// frontedWarWords is how many tokens the fronted phrase may hold.
const frontedWarWords = 12

// frontedOtherWar reports whether figure fi's sentence opens with "In",
// "During", "Throughout" or "Amid" and a phrase, closed by a comma before
// the figure, that holds a noun of war or disaster and a place the metric
// does not name; or a "that" in it points back to an earlier year the
// sentence before names (thatPointsToEarlierYear).
func (m *metric) frontedOtherWar(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !m.spec.Total || len(m.ownNames) == 0 {
		return false
	}
	word := sentenceWords(d, s)
	start := afterStamp(d, s)
	switch word(start) {
	case "in", "during", "throughout", "amid":
	default:
		return false
	}
	fs, _ := d.FigureTokens(fi)
	noun, foreign := false, false
	for k := start + 1; k < fs && k < start+frontedWarWords; k++ {
		if d.TokenText(k) == "," {
			return noun && foreign
		}
		if figureIn(d, s, k) >= 0 {
			continue // a length or a date: "South Sudan's five-year civil war"
		}
		if isLowerWord(d.TokenText(k)) && eventNoun(word(k)) {
			noun = true
		}
		if m.foreignOwner(d, k) || m.foreignDemonym(d.TokenText(k)) || m.otherCountryEndsAt(d, s, k) {
			foreign = true
		}
		if m.thatPointsToEarlierYear(d, s, k) {
			return true // "How does this compare with 2014? In the war that summer, ..." (earlieryearref.go)
		}
	}
	return false
}

// otherCountryEndsAt reports whether a listed country's name ends at
// token k and not every word of it is one of the metric's own names:
// "South Sudan" for a metric of Sudan, "Syria" for one of Gaza.
func (m *metric) otherCountryEndsAt(d *figures.Document, s *figures.Sentence, k int) bool {
	if !named(d, k) {
		return false
	}
	for _, ws := range countryNamesBefore(d, s, k+1) {
		if slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(m.ownNames, strings.ToLower(w)) }) {
			return true // a word that is none of the metric's own names: another country
		}
	}
	return false
}
