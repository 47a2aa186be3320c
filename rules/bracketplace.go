package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count in brackets right after a place's name is that place's share:
// "The provinces with the most deaths were Valencia (93), Murcia (58) and
// Alicante (40)", "By province: Seville (52), Cordoba (40)", "the
// hardest-hit region, Aragon (37), ...". Each bracket gives one item of a
// breakdown, not the whole. The name must be outside the metric's scope
// (or a place within its own), and the item must stand in a list of such
// items or after a place noun that introduces the breakdown ("region",
// "by province"). Near misses stay: the metric's own place ("Spain
// (461)"), a keyword before the bracket ("the death toll (461)"), a
// capitalised keyword ("Heat Deaths (461)"), the list's whole ("Total
// (461)"), a month ("July (300)"), an
// abbreviation or a year in brackets (no count).
// (bracketed_place_count.yaml)

// bracketWords is how many lower-case words may follow the count inside
// its bracket: "Andalusia (118 deaths)", "Murcia (58 people dead)".
const bracketWords = 2

// bracketedPlacePart reports whether figure fi is a count in brackets
// right after a name outside the metric's scope, in a list of such
// bracketed counts or after a place noun before the name.
func (m *metric) bracketedPlacePart(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if len(m.spec.Scope) == 0 {
		return false
	}
	d := st.d
	last := bracketedAfterName(d, s, hits, fi)
	if last < 0 {
		return false
	}
	first := nameStart(d, s.TokStart, last)
	for k := first; k <= last; k++ {
		if w := d.LowerTokenText(k); wholeWord(w) || tallyNoun(w) {
			return false // "Total (461), Andalusia (118)": the list's whole
		}
	}
	if !m.nameOutsideScope(st, s, last) && !m.innerPlaceIn(d, s, first, last+1) {
		return false // "Spain (461)": the metric's own place
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj != fi && bracketedAfterName(d, s, hits, fj) >= 0 {
			return true // one item of a list: "Andalusia (118), Madrid (74)"
		}
	}
	// One item after the kind of place it is: "the worst-hit region was
	// Andalusia (118)", "by province: Seville (52)".
	for k := s.TokStart; k < first; k++ {
		if w := d.LowerTokenText(k); placeNouns[w] || placeKindNoun(w) || placesNoun(w) || w == "country" || w == "countries" {
			return true
		}
	}
	return false
}

// bracketedAfterName returns the last token of the capitalised name right
// before the bracket that opens on figure fi, a count, closed after at
// most bracketWords lower-case words; or -1. The name holds no keyword
// ("Heat Deaths (461)") and is no month or weekday ("July (300)").
func bracketedAfterName(d *figures.Document, s *figures.Sentence, hits []hit, fi int) int {
	f := &d.Figures[fi]
	if f.Kind != figures.Count {
		return -1
	}
	fs, fe := d.FigureTokens(fi)
	open, last := fs-1, fs-2
	if last < s.TokStart || d.TokenText(open) != "(" || !namesPlace(d, last) {
		return -1
	}
	k := fe
	for n := 0; k < s.TokEnd && n < bracketWords && isLowerWord(d.TokenText(k)); n++ {
		k++
	}
	if k >= s.TokEnd || d.TokenText(k) != ")" {
		return -1
	}
	w := strings.ToLower(d.TokenText(last))
	if monthName(w) || weekday(w) {
		return -1
	}
	first := nameStart(d, s.TokStart, last)
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start <= last && h.end > first {
			return -1
		}
	}
	return last
}
