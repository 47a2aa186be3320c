package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword of displacement right after its figure, then "to" or "into"
// and another country, tells people who crossed a border: "some 1.5
// million Sudanese have fled to Egypt", "600,000 have escaped into neighbouring
// Chad", "uprooted to South Sudan". For a metric whose exclude_near names a
// border (crossedborder.go) they are the part abroad. A destination the
// metric's own places name ("fled to Rafah"), a place joined by "and" or
// "or" to the metric's own ("to Chad or elsewhere in Sudan") and a place
// that is no listed country ("fled to Port Sudan") stay.

// fledToOtherCountry reports whether keyword hit h, followed by "to" or
// "into", names another country as where the people went.
func (m *metric) fledToOtherCountry(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if len(m.places) == 0 {
		return false
	}
	word := sentenceWords(d, s)
	// A mark between the figure and its keyword parts two items of a
	// list: "Displaced — 13 million | Fled to Chad — 800,000+".
	_, fe := d.FigureTokens(fi)
	for t := fe; t < h.start; t++ {
		if !d.Tokens[t].IsWord() {
			return false
		}
	}
	k := h.end + 1
	switch word(k) {
	case "neighbouring", "neighboring", "nearby", "the":
		k++
	}
	end := countryAt(d, s, k)
	if end < 0 || !m.otherCountryAt(d, s, k) {
		return false
	}
	// "to Chad or elsewhere in Sudan": the whole, inside and out.
	for t := end; t < s.TokEnd && t < end+6; t++ {
		w := word(t)
		if w == "," || w == ";" || w == "." {
			break
		}
		if named(d, t) && m.scopeName(d.TokenText(t)) {
			return false
		}
	}
	return true
}
