package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A long sentence may set the metric's figure against what came before,
// the earlier years standing far from the word that compares: "the
// ministry's figure of 43,391 — a count that includes ... — now exceeds
// the combined toll of every previous Israel-Gaza war since 2008", "more
// than 13,000 children — more than the number reported killed in all the
// world's conflicts combined in the four years from 2019 to 2022". The
// year frames the other term of the comparison, not the period the
// sentence counts over, and not the event it counts. comparedAt
// (since.go) reads a comparison within a few words; this reads one
// anywhere back in the sentence, so long as the first term's figure
// stands before the word that compares and none after it, or the other
// term's own figure does ("dwarfs the 2.7 million uprooted during
// Darfur's worst years in the mid-2000s": comparedTermFigure), in the
// same stretch as the year.

// comparedTermYear reports whether the year at token ts stands in the
// other term of a comparison: a word that compares ("than" before no
// figure, "exceeds", "surpasses", "dwarfs", ...) stands before it, no
// amount stands between the two but a span of time ("the four years"),
// and an amount stands before the word; or an amount of the other term
// stands before it, with no mark between but a relative clause's comma.
func comparedTermYear(d *figures.Document, s *figures.Sentence, ts int) bool {
	word := sentenceWords(d, s)
	marked := false // a mark that ends a stretch stands between k and the year
	for k := ts - 1; k > s.TokStart; k-- {
		if d.TokenText(k) == ";" {
			return false
		}
		if fi := figureIn(d, s, k); fi >= 0 {
			if f := &d.Figures[fi]; f.Kind.IsAmount() && !spanOfTime(d, s, fi) {
				// the other term's own figure, whose stretch the year is in;
				// or the first term's
				return !marked && comparedTermFigure(d, s, fi)
			}
			continue
		}
		if stretchMark(d, k) && (d.TokenText(k) != "," || !relativeOpens(d, k+1, s.TokEnd)) {
			marked = true
		}
		w := word(k)
		compares := comparisonVerb(w)
		if w == "than" {
			compares = figureIn(d, s, k+1) < 0
		}
		if compares {
			return amountBefore(d, s, k)
		}
	}
	return false
}

// spanOfTime reports whether figure fi counts units of time ("the four
// years from 2019 to 2022"): the word after it is one.
func spanOfTime(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	return fe < s.TokEnd && timeUnit(sentenceWords(d, s)(fe))
}

// amountBefore reports whether an amount figure starts before token k in
// sentence s.
func amountBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs < k && d.Figures[fi].Kind.IsAmount() {
			return true
		}
	}
	return false
}
