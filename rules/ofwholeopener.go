package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A whole named with "of the N" may open a clause inside the sentence as
// well as the sentence: "Its military says that, of the 24 battalions
// Hamas fielded on 7 October, the last four organised ones are based
// there", or with no comma after "that": "OCHA estimates that of the 1.7
// million displaced in Gaza, over 1.3 million are in Rafah"
// (of_whole_after_that.yaml). Its part follows the comma, often with "ones" for the whole's
// noun ("the last four organised ones"), and "there" or "here" points back
// to the place a question before named.

// ofWholeOpener returns the token of "of" that opens the sentence (past
// its stamp) or a clause after a comma or "that", before "the", "its" or "their"
// (or an owner) and a figure, or -1.
func ofWholeOpener(d *figures.Document, s *figures.Sentence) int {
	start := afterStamp(d, s)
	for k := start; k < s.TokEnd-2; k++ {
		if !strings.EqualFold(d.TokenText(k), "of") || k > start && d.TokenText(k-1) != "," && d.TokenText(k-1) != "that" {
			continue
		}
		switch strings.ToLower(d.TokenText(k + 1)) {
		case "the", "its", "their":
			if figureAt(d, k+2) >= 0 {
				return k
			}
		}
		if ownsNext(d, hit{start: k + 1, end: k + 2}) && figureAt(d, k+4) >= 0 {
			return k // "of Hamas's 24 battalions"
		}
	}
	return -1
}

// onesAfter reports whether "ones" stands for the noun of figure fi, right
// after it or past at most two lower-case words ("four organised ones"):
// the noun an earlier figure named.
func onesAfter(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < s.TokEnd && k <= fe+2; k++ {
		w := d.TokenText(k)
		if w == "ones" {
			return true
		}
		if !isLowerWord(w) {
			return false
		}
	}
	return false
}

// scopeNamedIn reports whether sentence s names one of the metric's scope
// phrases.
func (m *metric) scopeNamedIn(st *docState, s *figures.Sentence) bool {
	return m.scopeOnlyWhere(st, s, func(int) bool { return true })
}
