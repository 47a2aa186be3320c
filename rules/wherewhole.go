package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Why: a "where" clause on a part's name places its figure in that part
// ("in Idlib, where the earthquake killed more than 4,500 people",
// whereNamePart), but a reporter standing in one town often gives the
// whole count there: "Rescue workers search a collapsed building in
// Hatay, where the quake toll across Türkiye and Syria has risen to
// 47,244". When the clause's own words say its count is the whole
// ("nationwide", "national", "countrywide", "combined", "both", or
// "across" two places joined), the name says where the writer stands, not
// what the figure counts. "across" one place ("across the province's
// villages") and "total" or "overall" (a town has its own total) say
// nothing of the whole.

// The whole's words may stand after the figure too, before its clause
// ends: "in Taroudant, where a tremor that left more than 2,900 dead
// across Morocco and Algeria hit hardest", "where the earthquake killed
// some 2,950 people nationwide" (whereClauseEnd). And the name the clause hangs
// on may be the whole itself, two places joined that make one of the
// metric's scope phrases: "blankets for the quake's survivors in Morocco
// and Algeria, where over 2,900 have died" (joinedWholeName); two parts joined ("in
// Marrakech and Taroudant, where") are still a part.

// whereClauseEnd is the end of the clause figure tokens from fs on stand
// in: the next comma, semicolon, colon, dash or bracket, the next figure,
// a relative "that" or "which" opening a clause of its own, or the
// sentence's end. A whole-word past a second figure or in a relative
// clause belongs to what that clause counts: "in Hatay, where about
// 21,000 died in a quake that killed 50,000 nationwide" is Hatay's count
// (review39 on tune39).
func whereClauseEnd(d *figures.Document, s *figures.Sentence, fs int) int {
	own := figureIn(d, s, fs)
	for k := fs; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(", ")":
			return k
		}
		switch d.LowerTokenText(k) {
		case "that", "which":
			return k
		}
		if f := figureIn(d, s, k); f >= 0 && f != own {
			return k
		}
	}
	return s.TokEnd
}

// joinedWholeName reports whether the name at tokens [j, e) has another
// name joined to it by "and" right before it, and the two together are
// one of the metric's scope phrases ("Türkiye and Syria" for "Turkey and
// Syria").
func (m *metric) joinedWholeName(st *docState, s *figures.Sentence, j, e int) bool {
	d := st.d
	if j-2 < s.TokStart || d.LowerTokenText(j-1) != "and" || !named(d, j-2) {
		return false
	}
	from := nameStart(d, s.TokStart, j-2)
	for i := range m.scope {
		if end, ok := matchPhrase(st, s, from, &m.scope[i]); ok && end >= e {
			return true
		}
	}
	return false
}

// whereClauseWhole reports whether the tokens from to to (between "where"
// and its figure) say the clause's count is the whole.
func whereClauseWhole(d *figures.Document, from, to int) bool {
	return wholeWordsIn(d, from, to, false)
}

// wholeWordsIn reports whether tokens [from, to) say a count is the
// whole. After the figure (after), "the country" is where in the country
// ("1,300 people in the country's poorest province"), no whole.
func wholeWordsIn(d *figures.Document, from, to int, after bool) bool {
	for k := from; k < to; k++ {
		switch w := strings.TrimSuffix(d.LowerTokenText(k), "-wide"); w {
		case "country":
			if !after {
				return true
			}
		case "nationwide", "national", "countrywide", "combined", "both":
			return true
		case "across", "throughout":
			// two places joined: "across Türkiye and Syria"
			a := compassEnd(d, k+1)
			if a >= to || !named(d, a) {
				continue
			}
			for j := a + 1; j < to && j <= a+3; j++ {
				if d.LowerTokenText(j) == "and" && j+1 < to && named(d, compassEnd(d, j+1)) {
					return true
				}
			}
		}
	}
	return false
}
