package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A swap dated to a year before the metric's start is an earlier exchange:
// "Trading 1,027 prisoners for one soldier in 2011 was defensible once;
// trading them by the hundred ..., as in Saturday's release of 369
// prisoners for three Israelis, is now policy", "In 2011, Israel freed
// 1,027 prisoners for a single soldier". A count reads such a year through
// its gates (since.go); a pair of values is bound apart from them, so its
// figures read the year here: "in" and the year right after the figure's
// phrase, no mark between, or "In" and the year opening its clause. The
// clause ends at a semicolon, and the swap of a clause of its own stays.
// "Since 2011" names no exchange's date and is left.

// swapYearWords is how many words may part the figure from the "in" of
// its year: "1,027 prisoners for one soldier in 2011", "a thousand
// prisoners for one soldier was the price in 2011".
const swapYearWords = 10

// earlierYearSwap reports whether figure fi of sentence s is dated by "in"
// and a year before since, after it in its clause or opening the clause.
func earlierYearSwap(d *figures.Document, s *figures.Sentence, fi, since int) bool {
	if since == 0 {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	earlierYearAt := func(k int) bool {
		yi := figureAt(d, k)
		return yi >= 0 && yi != fi && d.Figures[yi].Kind == figures.Year && int(d.Figures[yi].Value) < since && word(k-1) == "in"
	}
	for k := fe; k < s.TokEnd && d.WordPos(k)-d.WordPos(fe) <= swapYearWords; k++ {
		w := word(k)
		if w == "," || w == ";" || w == ":" || isDash(w) {
			break
		}
		if earlierYearAt(k) {
			return true
		}
	}
	start := sentenceOpening(d, s)
	for k := fs - 1; k > start; k-- {
		if word(k) == ";" {
			start = k + 1
			break
		}
	}
	return word(start) == "in" && earlierYearAt(start+1)
}
