package rules

import (
	"slices"
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
	"area": true, // "fled the El Fasher area"
	"zone": true, // "the Mawasi zone now holds" (holds.go kindNamed)
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
	k, e := st.movedName(s, h)
	if k < 0 {
		return false
	}
	return m.nameOutsideScope(st, s, e-1) && !m.describes(st.d, k, e)
}

// movedName returns the name, tokens [k, e), that a verb of moving ending
// at token h.end of sentence s names as the place left or reached, a
// place noun at token e after it ("fled Zamzam camp", "fled to Tawila
// camp"), or -1, -1; or the name a bare "the camp" after the verb points
// back to (placeNounBack). It reads the words after the keyword alone,
// none of the metric's (namedPlaceMoved).
func movedName(d *figures.Document, s *figures.Sentence, h hit) (k, e int) {
	if k, e := placeNounBack(d, s, h); k >= 0 {
		return k, e // "overrun Zamzam camp; ... have fled the camp"
	}
	k = placeLeft(d, s, h)
	if k < 0 {
		switch lowerTok(d, h.end) {
		case "to", "into", "towards":
			k = h.end + 1
			if k < s.TokEnd && strings.EqualFold(d.TokenText(k), "the") {
				k++
			}
		default:
			return -1, -1
		}
	}
	if !named(d, k) {
		return -1, -1
	}
	e = k
	for e < s.TokEnd && named(d, e) && !placeNouns[lowerTok(d, e)] {
		e++
	}
	if e == k || e >= s.TokEnd || !placeNouns[lowerTok(d, e)] {
		return -1, -1
	}
	return k, e
}

// movedSpan is movedName's answer for a keyword end: k plus 1 and e plus
// 2 (e 0: not yet known; k 0, e 1: none).
type movedSpan struct{ k, e int32 }

// movedName is movedName(st.d, s, h), worked out once per keyword end in
// sentence s (h.end < s.TokEnd): the metrics that share a keyword of
// moving asked it again for each figure they read.
func (st *docState) movedName(s *figures.Sentence, h hit) (k, e int) {
	if st.movedOf != s {
		n := s.TokEnd - s.TokStart
		st.movedOf, st.moved = s, slices.Grow(st.moved[:0], n)[:n]
		clear(st.moved)
	}
	i := h.end - s.TokStart
	if i < 0 || i >= len(st.moved) {
		return movedName(st.d, s, h)
	}
	if st.moved[i].e == 0 {
		k, e := movedName(st.d, s, h)
		st.moved[i] = movedSpan{k: int32(k + 1), e: int32(e + 2)}
	}
	return int(st.moved[i].k) - 1, int(st.moved[i].e) - 2
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

// placeNounBack returns the name, tokens [k, e), that "the" and a place
// noun right after a verb of moving, keyword hit h, point back to: the
// last name before the keyword followed by the same noun ("RSF fighters
// have overrun Zamzam camp; aid groups say up to 400,000 people have fled
// the camp"), or -1, -1.
func placeNounBack(d *figures.Document, s *figures.Sentence, h hit) (k, e int) {
	word := sentenceWords(d, s)
	t := pastLeavingPreposition(word, h.end)
	if t < 0 {
		return -1, -1
	}
	if word(t) != "the" || !placeNouns[word(t+1)] || named(d, t+2) {
		return -1, -1
	}
	noun := word(t + 1)
	for j := h.start - 1; j > s.TokStart; j-- {
		if word(j) != noun || !named(d, j-1) {
			continue
		}
		return nameStart(d, s.TokStart, j-1), j
	}
	return -1, -1
}
