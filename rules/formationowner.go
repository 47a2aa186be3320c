package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// formationWords is how many words may name a formation between its
// owner and its noun: "its Nahal Brigade", "the 162nd Division", "Israel's
// Givati Brigade", "our Paratroopers Brigade".
const formationWords = 3

// formationOfOther reports whether figure fi counts keyword units told as
// part of a larger formation of another owner than the metric's unit
// owner: "three battalions of its Nahal Brigade" ("its" with the owner
// unnamed before the figure: the IDF's), "two battalions of Israel's
// Givati Brigade", "four battalions of the 162nd Division". A line on
// Israel's order of battle in Rafah counts Israel's units. The words that
// name the formation (capitalised, or an ordinal) must hold no scope word
// and not the owner: "Hamas's Rafah Brigade", "the Rafah Brigade" (the
// owner's formation there) keep the count.
func (m *metric) formationOfOther(st *docState, s *figures.Sentence, hits []hit, fi int) bool {
	if m.unitOwner == "" {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	of := unitNounEnd(d, hits, fe)
	if of < 0 || of+2 >= s.TokEnd || word(of) != "of" {
		return false
	}
	k := of + 1
	switch w := word(k); {
	case w == "its" || w == "their" || w == "our":
		// The pronoun points back to a party the sentence names before
		// the figure; the owner named there makes it the owner's.
		if m.ownerBefore(d, s, fs) {
			return false
		}
		k++
	case w == "the":
		k++
	case named(d, k) && k+2 < s.TokEnd && ownerMark(d, k+1):
		if !m.nameOutsideScope(st, s, k) {
			return false // "Hamas's Rafah Brigade"
		}
		k += 3
	default:
		return false
	}
	for n := 0; n <= formationWords && k < s.TokEnd; n, k = n+1, k+1 {
		if formationNoun(word(k)) {
			return n > 0
		}
		if fj := figureAt(d, k); fj >= 0 && d.Figures[fj].Kind == figures.Ordinal {
			_, je := d.FigureTokens(fj)
			k = je - 1
			continue
		}
		if !named(d, k) || !m.nameOutsideScope(st, s, k) {
			return false // "the Rafah Brigade": the owner's formation there
		}
	}
	return false
}

// formationNoun reports whether lower-cased w names a formation that holds
// battalions: "brigade", "division", "corps".
func formationNoun(w string) bool {
	switch w {
	case "brigade", "brigades", "division", "divisions", "corps":
		return true
	}
	return false
}

// ownerBefore reports whether the metric's unit owner is named in sentence
// s before token fs.
func (m *metric) ownerBefore(d *figures.Document, s *figures.Sentence, fs int) bool {
	word := sentenceWords(d, s)
	for k := s.TokStart; k < fs; k++ {
		if word(k) == m.unitOwner {
			return true
		}
	}
	return false
}
