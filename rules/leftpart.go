package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric of everyone a war displaced counts no one place: people who
// fled one named camp, town or city ("Up to 400,000 people have fled
// Zamzam camp", "driven out of Wad Madani town") are that place's part,
// as "fled from Rafah" is no count of those sheltering in Rafah
// (movedfrom.go). So are those who reached one ("fled to Tawila camp"):
// the camp's newcomers, as "Zamzam camp was home to some 500,000" is the
// camp's people (placepart.go). "Fled their homes", "fled RSF attacks"
// and a name that holds a scope word ("fled to Port Sudan") name no
// place noun, or the metric's own place, and stay.

// placeNouns follow a name to make it one place inside a country.
var placeNouns = map[string]bool{
	"camp": true, "town": true, "city": true, "village": true, "district": true,
	"locality": true, "state": true, "province": true, "region": true,
}

// namedPlaceMoved reports whether keyword hit h, a verb of moving for a
// metric that counts no place's inside (no keyword "in X"), names as the
// place left or reached a capitalised name followed by a place noun
// ("Zamzam camp", "Kalma Camp", "Gezira state"), no scope word among its
// words, none of them in the metric's description.
func (m *metric) namedPlaceMoved(st *docState, s *figures.Sentence, h hit) bool {
	if len(m.insideNames) > 0 || h.end >= s.TokEnd {
		return false
	}
	d := st.d
	k := placeLeft(d, s, h)
	if k < 0 {
		switch strings.ToLower(d.TokenText(h.end)) {
		case "to", "into", "towards":
			k = h.end + 1
			if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
				k++
			}
		default:
			return false
		}
	}
	if !named(d, k) {
		return false
	}
	e := k
	for e < s.TokEnd && named(d, e) && !placeNouns[strings.ToLower(d.TokenText(e))] {
		e++
	}
	if e == k || e >= s.TokEnd || !placeNouns[strings.ToLower(d.TokenText(e))] {
		return false
	}
	return m.nameOutsideScope(st, s, e-1) && !m.describes(d, k, e)
}

// describes reports whether a word of the name at tokens [k, end) stands
// in the metric's description: "displaced from the Kherson region" is the
// whole of a metric of "Ukrainians displaced from the Kherson region".
func (m *metric) describes(d *figures.Document, k, end int) bool {
	for _, w := range strings.FieldsFunc(m.spec.Description, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ':' || r == ';' || r == '(' || r == ')'
	}) {
		for t := k; t < end; t++ {
			if strings.EqualFold(w, d.TokenText(t)) {
				return true
			}
		}
	}
	return false
}
