package rules

import (
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A range of years written before a yearly metric's figure names the term
// the figure is a sum over: "Under the FY2019-FY2028 memorandum, the United
// States pledged to provide $33 billion in FMF grants", "MoU total,
// FY2019-2028: $38bn", "The 2019–2028 agreement commits $38 billion". The
// range is the agreement's or the total's years, so the amount is the sum
// of them, not a year's (as "over ten years" after the figure makes it:
// yearsAfter). A figure its stretch of the sentence says is a year's ("Under
// the 2019-2028 memorandum, Israel receives $3.8 billion a year") stays, as
// does one the range stands after ("$3.3bn in FMF in 2024, the sixth year
// of the 2019-2028 memorandum"). A stretch ends at a semicolon or a bar, so
// a fact box's "per year: $3.8bn | MoU total, FY2019-2028: $38bn" is two.
// A range in the clause of a verb of saying before the figure dates the
// speaker ("Lawmakers who served in 2009-2016 said Israel now gets $3.3
// billion"), not the sum; a fronted term set off by a comma ("Under the
// 2019-2028 MoU, officials say ...") still names it.

// termReach is how many tokens a range of years may stand before the
// figure whose term it names.
const termReach = 16

// termYears returns the token that opens a range of years before figure fi
// of sentence s that names the term it sums, or -1.
func termYears(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	from := max(s.TokStart, fs-termReach)
	for k := fs - 1; k >= from; k-- {
		switch d.TokenText(k) {
		case ";", "|", "(", ")":
			return -1
		}
		if !yearRangeAt(d, k) {
			continue
		}
		if speakerClauseAfter(d, k, fs) {
			return -1
		}
		start := stretchStart(d, s, k)
		if yearsOwnBetween(d, s, start, clauseEndAfter(d, s, fe)) || perYearAfter(d, s, fi) {
			return -1
		}
		return k
	}
	return -1
}

// yearsOwnBetween reports whether tokens [from, to) of s say an amount is a
// year's: perYearBetween's words, "year" after "every single" or "each
// and every" as a speaker stresses it, or an average over the term ("In the
// 2019-2028 period, FMF averaged $3.3 billion").
func yearsOwnBetween(d *figures.Document, s *figures.Sentence, from, to int) bool {
	if perYearBetween(d, s, from, to) {
		return true
	}
	word := sentenceWords(d, s)
	for k := from; k < to; k++ {
		switch word(k) {
		case "average", "averaged", "averages", "averaging":
			return true
		case "year":
			if k-2 >= from && (word(k-1) == "single" || word(k-1) == "every") && (word(k-2) == "every" || word(k-2) == "and") {
				return true
			}
		}
	}
	return false
}

// stretchStart returns the first token of the stretch of sentence s that
// token k stands in: past the last semicolon or bar before it.
func stretchStart(d *figures.Document, s *figures.Sentence, k int) int {
	for j := k - 1; j >= s.TokStart; j-- {
		switch d.TokenText(j) {
		case ";", "|":
			return j + 1
		}
	}
	return s.TokStart
}

// yearRangeAt reports whether a range of three years or more opens at
// token k: "2019-2028", "FY2019-FY2028", "FY2019-2028", "2019 to 2028",
// "2019 through 2028".
func yearRangeAt(d *figures.Document, k int) bool {
	if strings.EqualFold(d.TokenText(k), "fy") {
		k++
	}
	first, ok := yearToken(d, k)
	if !ok || k+2 >= len(d.Tokens) {
		return false
	}
	switch strings.ToLower(d.TokenText(k + 1)) {
	case "-", "–", "to", "through", "thru":
	default:
		return false
	}
	j := k + 2
	if strings.EqualFold(d.TokenText(j), "fy") {
		j++
	}
	last, ok := yearToken(d, j)
	return ok && last-first >= 2
}

// yearToken returns the year token k holds, a number from 1900 to 2100.
func yearToken(d *figures.Document, k int) (int, bool) {
	if k < 0 || k >= len(d.Tokens) || !d.Tokens[k].IsNumber() {
		return 0, false
	}
	y, err := strconv.Atoi(d.TokenText(k))
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

// speakerClauseAfter reports whether a verb of saying stands between
// token from and figure token fs with no comma before it: the clause the
// range stands in is the speaker's.
func speakerClauseAfter(d *figures.Document, from, fs int) bool {
	for j := from + 1; j < fs; j++ {
		w := d.LowerTokenText(j)
		if w == "," {
			return false
		}
		if speakingVerb(w) {
			return true
		}
	}
	return false
}
