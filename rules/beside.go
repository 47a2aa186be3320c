package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// besideFronted reports whether figure fi stands in a fronted phrase that
// puts a count beside the sentence's own ("Alongside the 2.8 million still
// displaced from earlier Darfur conflicts, the war has uprooted 10.5
// million more", "Besides the 1,200 ..., ", "In addition to ...", "On top
// of ...", "Apart from ..."), and the clause after its comma counts with a
// keyword and a figure of its kind: the sentence's count is that one, and
// the fronted figure another set.
//
// The phrase is the sentence's, the same for each of its figures and
// metrics: from and comma are besideOpener's answer (sentenceMarks).
func besideFronted(d *figures.Document, s *figures.Sentence, hits []hit, fi, from, comma int, yearly bool) bool {
	if fs, _ := d.FigureTokens(fi); comma < 0 || fs < from || fs > comma {
		return false
	}
	other, otherYearly := false, false
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if gs, _ := d.FigureTokens(fj); gs > comma && d.Figures[fj].Kind == d.Figures[fi].Kind {
			other = true
			otherYearly = otherYearly || ownYearly(d, s, fj)
		}
	}
	if !other || yearly && !otherYearly && ownYearly(d, s, fi) {
		// A yearly metric's figure is the one said to be a year's: "On
		// top of the regular $3.8bn a year, Congress approved $14.1bn in
		// emergency aid" sets a one-off sum beside the yearly one
		// (idea38; testdata/examples/yearly_beside.yaml).
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.start > comma {
			return true
		}
	}
	return false
}

// besideOpener returns the first token after a fronted "Alongside",
// "Besides", "In addition to", "On top of", "Apart from" or "Aside from"
// that opens sentence s (after a live blog's stamp) and the comma that
// ends its phrase, or -1, -1.
func besideOpener(d *figures.Document, s *figures.Sentence) (int, int) {
	start := afterStamp(d, s)
	word := sentenceWords(d, s)
	k := start
	switch word(k) {
	case "alongside", "besides":
		k++
	case "in":
		if word(k+1) != "addition" || word(k+2) != "to" {
			return -1, -1
		}
		k += 3
	case "on":
		if word(k+1) != "top" || word(k+2) != "of" {
			return -1, -1
		}
		k += 3
	case "apart", "aside":
		if word(k+1) != "from" {
			return -1, -1
		}
		k += 2
	default:
		return -1, -1
	}
	for t := k; t < s.TokEnd; t++ {
		if d.TokenText(t) == "," {
			return k, t
		}
	}
	return -1, -1
}

// ownYearly reports whether figure fi carries its own yearly word: right
// after it ("$3.8bn a year", perYearAfter), past its noun ("$3.8bn in
// US aid each year", perYearPastNoun), in its noun ("$3.8bn in annual
// military aid") or right before it ("the annual $3.8bn").
func ownYearly(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	switch {
	case perYearAfter(d, s, fi) || perYearPastNoun(d, s, fi):
		return true
	case word(fe) == "in" && yearlyAdjective(word(fe+1)):
		return true
	}
	return yearlyAdjective(word(fs - 1))
}
