package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A sum a yearly metric meets may name its span of years before it, in its
// own noun phrase, instead of after it: "a ten-year total of $30bn", "the
// 10-year, $38bn memorandum", "a decade-long $38bn package". yearsAfter
// reads "over ten years" after the figure; this is the same sum of many
// years said as an adjective of duration (spanAdjective) before it.

// spanBeforeWords is how many tokens the noun phrase between the span and
// the figure may hold, the span's own hyphen and unit among them
// ("ten-year total of", "10-year, $").
const spanBeforeWords = 6

// yearsBefore returns the token of an adjective of duration longer than a
// year that opens figure fi's noun phrase, at most spanBeforeWords tokens
// before it with no clause's end between, or -1. "one-year" and
// "12-month" name a year, and stay. A comma right after the span joins
// two adjectives of one noun ("the 10-year, $38bn memorandum"); after any
// other word it closes a phrase of its own, and the figure opens the next
// ("Under the 10-year deal, $3.8bn goes to Israel every year").
func yearsBefore(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for k := fs - 1; k >= s.TokStart && k >= fs-spanBeforeWords; k-- {
		switch w := word(k); {
		case w == "decade" && word(k+1) == "-" && word(k+2) == "long":
			return k // "a decade-long $38bn package"
		case w == ";" || w == ":" || w == "—" || w == "–" || w == "(" || w == ")":
			return -1
		case w == "," && !durationAdjectiveEndsAt(d, s, k-1):
			return -1
		}
		fj := figureIn(d, s, k)
		if fj < 0 || fj == fi {
			continue
		}
		js, je := d.FigureTokens(fj)
		if !spanAdjective(d, fj) {
			return -1 // another figure stands between
		}
		unit := strings.TrimSuffix(word(je+1), "s")
		if unit == "year" && d.Figures[fj].Value > 1 || unit == "month" && d.Figures[fj].Value > 12 {
			return js
		}
		return -1
	}
	return -1
}

// durationAdjectiveEndsAt reports whether token k is the last of an adjective of
// duration: "long" of "decade-long", or the unit of a figure's "10-year"
// (spanAdjective).
func durationAdjectiveEndsAt(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if word(k-1) != "-" {
		return false
	}
	if word(k) == "long" && word(k-2) == "decade" {
		return true
	}
	fj := figureIn(d, s, k-2)
	if fj < 0 || !spanAdjective(d, fj) {
		return false
	}
	_, fe := d.FigureTokens(fj)
	return fe+1 == k
}
