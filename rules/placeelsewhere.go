package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure whose clause names another place inside the metric's region,
// while the metric's own place stands only after it, as where people came
// from or in a clause of its own, counts that other place's people:
// "Deir al-Balah, the last city not yet ordered evacuated, is now
// sheltering about 1 million people, many of them uprooted again from
// Rafah", "Khan Younis tent camps swell to 500,000 as Rafah empties".
// "1.4m displaced brace as Rafah assault looms" names no other place, and
// stays the place's (widerpeople.go); so does a figure whose clause names
// the metric's place itself.

// innerPlaceElsewhere reports whether figure fi of sentence s is such a
// figure.
func (m *metric) innerPlaceElsewhere(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() || len(m.regions) == 0 {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	var buf [64]byte
	other := false
	for k := afterStamp(d, s); k < fs; k++ {
		if named(d, k) && !m.scopeAt(st, s, k, lowerInto(&buf, d.TokenText(k))) && m.innerPlaceIn(d, s, k, k+1) && !clauseBreak(d, k, fs) {
			other = true
			break
		}
	}
	if !other {
		return false
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti >= fe && (clauseBreak(d, fe, ti) || placeComeFrom(d, s, ti)) })
}

// placeComeFrom reports whether the place at token ti is where people came
// from: "from Rafah", "out of Rafah", "from eastern Rafah".
func placeComeFrom(d *figures.Document, s *figures.Sentence, ti int) bool {
	word := sentenceWords(d, s)
	k := ti - 1
	if compassAdjective(word(k)) {
		k--
	}
	if word(k) == "the" {
		k--
	}
	return word(k) == "from" || word(k) == "of" && word(k-1) == "out"
}
