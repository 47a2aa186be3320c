package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A long sentence may give the metric's figure and then measure it
// against another event's: "At more than 11,000 civilian deaths verified
// by the UN, Russia's war has already killed roughly three times as many
// Ukrainian civilians as the eight years of fighting in the Donbas that
// preceded it, in which about 3,400 died". The figure in the other term
// of the comparison, or in a relative clause on it (", in which about
// 3,400 died"), counts that term, not what the sentence's first figure
// counts. comparedAt (since.go) reads an earlier year's term a few words
// on; this reads any figure's.

// comparedTermFigure reports whether figure fi stands in the other term
// of a comparison ("than" or the second "as" of "as many ... as", no
// figure right after it) that an amount figure before it is measured
// against, the term running on through a relative clause on it. With no
// amount before, the sentence's figure is what the comparison is about
// ("quake now deadlier than 1999 Izmit disaster as toll hits 20,000").
func comparedTermFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	fs, _ := d.FigureTokens(fi)
	for k := fs - 1; k > s.TokStart; k-- {
		if figureIn(d, s, k) >= 0 {
			if d.Figures[figureIn(d, s, k)].Kind.IsAmount() {
				return false // another figure's phrase
			}
			continue
		}
		if stretchMark(d, k) {
			if d.TokenText(k) != "," || !relativeOpens(d, k+1, s.TokEnd) {
				return false
			}
			continue
		}
		switch word(k) {
		case "than":
			return amountBefore(d, s, k)
		case "as":
			if secondAs(d, s, k) {
				return amountBefore(d, s, k)
			}
		}
	}
	return false
}

// secondAs reports whether the "as" at token k closes an "as many/much
// ... as" of comparison: "as many" or "as much" stands at most eight
// words before it.
func secondAs(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	for j := k - 1; j > s.TokStart && j >= k-8; j-- {
		if stretchMark(d, j) {
			return false
		}
		if w := word(j); (w == "many" || w == "much") && word(j-1) == "as" {
			return true
		}
	}
	return false
}
