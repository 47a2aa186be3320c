package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A short question that names another country, answered by a sentence
// that opens on its figure: "Remember Nepal? Nine thousand dead, and the
// world moved on", "What about Morocco? Nearly 3,000 killed in one night",
// "And Haiti? More than 200,000 dead". The answer counts the country the
// question asks about, as "The quake there killed ..." does
// (pointedcountry.go). The question is at most askedCountryWords words and
// names no place of the metric's own; the answer opens on the figure (past
// a stamp, a speaker's label or a joining word) and names none either.

// askedCountryWords is how many words the question may hold ("Do you
// remember what happened in Haiti?").
const askedCountryWords = 7

// askedCountry reports whether figure fi opens the answer to a short
// question just before sentence s that names a country foreign to the
// metric.
func (m *metric) askedCountry(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.ownNames) == 0 {
		return false
	}
	d := st.d
	fs, _ := d.FigureTokens(fi)
	if fs != frontedOpening(d, s, sentenceWords(d, s)) {
		return false
	}
	q := questionBefore(d, s)
	if q == nil || q.TokEnd-sentenceOpening(d, q) > askedCountryWords+1 {
		return false
	}
	for _, sent := range []*figures.Sentence{q, s} {
		for k := sentenceOpening(d, sent); k < sent.TokEnd; k++ {
			if named(d, k) && k > sent.TokStart && !m.foreignName(d.TokenText(k)) {
				return false // a place of the metric's own
			}
		}
	}
	for k := q.TokEnd; k > q.TokStart; k-- {
		if c := countryBefore(d, q, k); c >= 0 {
			return m.foreignCountryName(d, c, k) && !m.insideName(d.TokenText(k-1))
		}
	}
	return false
}
