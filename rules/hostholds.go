package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A country that holds, hosts or is home to people counts its own: "South
// Sudan, itself home to 2 million displaced people, has absorbed ..." and
// "Chad now hosts some 600,000 uprooted Sudanese" give another country's
// displaced or a neighbour's arrivals, not the metric's place's, however
// near a word of flight stands. The holder is read as holds.go reads the
// place that holds people ("Rafah, now home to 1.4 million"), and is a
// listed country with a word none of the metric's own names has, as for
// hostReceives: "South Sudan" is another country than "Sudan". A country
// that shelters people holds them too ("Uganda shelters 1.7 million
// refugees across a whole country; Rafah ...": country_shelters_compared.yaml).

// hostHolds reports whether count figure fi of sentence s is the object of
// a word of holding (holdWord: "hosts", "home to", "a refuge for", or a
// form of "shelter") whose
// subject is a listed country the metric's own names do not name.
func (m *metric) hostHolds(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 || d.Figures[fi].Kind != figures.Count {
		return false
	}
	t := heldFigureHolder(d, s, fi, true)
	if t < 0 {
		return false
	}
	word := sentenceWords(d, s)
	start := countryBefore(d, s, t+1)
	if start < 0 {
		return false
	}
	for i := start; i <= t; i++ {
		if !slices.Contains(m.ownNames, word(i)) {
			return true
		}
	}
	return false
}
