package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A headline packs a swap into one compound: "Israel, Hamas agree
// 50-for-150 hostage-prisoner swap". The two figures joined by "-for-"
// stand in the order of the two nouns joined by a hyphen after them, as
// "a 3-to-1 ratio of men to women" does: the first counts the first noun,
// the second the second, however near each stands to the other's word.

// pairedCompoundValue returns the value of metric m that figure fi of
// sentence s counts when it is one side of "A-for-B X-Y", X and Y the
// words of two different values, or -1.
func (m *metric) pairedCompoundValue(d *figures.Document, s *figures.Sentence, fi int, hits []hit) int {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	first := true
	var after int // the token after the second figure
	switch {
	case fe+3 < s.TokEnd && word(fe) == "-" && word(fe+1) == "for" && word(fe+2) == "-":
		fj := figureAt(d, fe+3)
		if fj < 0 {
			return -1
		}
		_, after = d.FigureTokens(fj)
	case fs-3 >= s.TokStart && word(fs-1) == "-" && word(fs-2) == "for" && word(fs-3) == "-":
		first, after = false, fe
	default:
		return -1
	}
	if after+2 >= s.TokEnd || word(after+1) != "-" || rateNoun(word(after+3)) {
		return -1
	}
	x, y := m.valueAt(hits, after), m.valueAt(hits, after+2)
	if x < 0 || y < 0 || x == y {
		return -1
	}
	if first {
		return x
	}
	return y
}

// rateNoun reports whether lower-cased w, the compound's head, makes its
// figures a rate, not the counts of a swap: "the 1-for-3 hostage-prisoner
// ratio".
func rateNoun(w string) bool { return w == "ratio" || w == "rate" || w == "formula" }

// valueAt returns the value whose words a hit of metric m starts at token
// t, or -1.
func (m *metric) valueAt(hits []hit, t int) int {
	for _, h := range hits {
		if h.ref.role == roleValue && h.start == t {
			return m.valueOf[h.ref.index]
		}
	}
	return -1
}
