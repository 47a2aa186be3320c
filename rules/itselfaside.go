package rules

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An aside that opens on "itself" right after a country's name tells of
// that country: "South Sudan, itself receiving hundreds of thousands from
// the north, still has ...", "South Sudan, itself scarred by a civil war
// that displaced four million, cannot absorb this", "Chad, which itself
// hosts 1.2 million refugees, ...". The reflexive sets the country beside
// the metric's place as a case of its own, so a figure in the aside counts
// that country's people or its own war's, however near a word of flight
// stands. hostholds.go reads the aside whose figure a word of holding takes
// ("itself home to 2 million"); this reads any verb the aside holds. The
// country is another when a word of its name is none of the metric's own
// names ("South Sudan" for Sudan's displaced); the metric's own country
// ("Sudan, itself home to 9 million displaced") stays.

// itselfLead is how many words may stand between the name's comma and
// "itself": "which itself", "now itself".
const itselfLead = 2

// foreignItselfAside reports whether figure fi of sentence s stands in an
// aside opened by "itself" on a listed country the metric's own names do
// not name, with no comma between "itself" and the figure.
func (m *metric) foreignItselfAside(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fs - 1; k > s.TokStart; k-- {
		w := word(k)
		if w == "itself" {
			return m.foreignNameBefore(d, s, k, word)
		}
		if w == "," || clauseMark(w) || w == "." {
			return false
		}
	}
	return false
}

// foreignNameBefore reports whether the "itself" at token k follows, past
// a comma and up to itselfLead words, a listed country's name with a word
// the metric's own names lack.
func (m *metric) foreignNameBefore(d *figures.Document, s *figures.Sentence, k int, word func(int) string) bool {
	c := k - 1
	for n := 0; n < itselfLead && c > s.TokStart && word(c) != ","; n++ {
		c--
	}
	if word(c) != "," {
		return false
	}
	start := countryBefore(d, s, c)
	if start < 0 {
		return false
	}
	for i := start; i < c; i++ {
		if !slices.Contains(m.ownNames, word(i)) {
			return true
		}
	}
	return false
}
