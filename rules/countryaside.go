package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure in an aside set off from a country's name tells of that
// country: "South Sudan, itself scarred by a civil war that displaced four
// million, cannot absorb this", "Ethiopia, whose own war uprooted 2
// million, ...". The aside opens with a comma right after the name and
// closes with a comma after the figure, with no other mark between; its
// count is the country's own, another country's when the name is not the
// metric's (countryIsOther). An aside on the metric's own country
// ("Sudan, where 9 million have fled, ...") stays the metric's.

// countryAside returns the first token of the listed country's name an
// aside holding figure fi is set off from, or -1: back from the figure at
// most countryAsideWords tokens, words only, to a comma that follows a
// country's name that opens its clause (opensClauseAt), and a comma right
// after the figure's own words. A name that closes a phrase ("killed in
// Israel, number 43,922") has no aside after it.
func countryAside(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if !asideClosesAfter(d, s, fe) {
		return -1
	}
	for k := fs - 1; k > s.TokStart && k >= fs-countryAsideWords; k-- {
		if d.TokenText(k) == "," {
			if c := longestCountryBefore(d, s, k); c >= 0 && opensClauseAt(d, s, c) {
				return c
			}
			return -1
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) && d.TokenText(k) != "-" {
			return -1
		}
	}
	return -1
}

// countryAsideWords is how far back from the figure the aside may open:
// ", itself scarred by a civil war that displaced" is eight.
const countryAsideWords = 10

// asideTailWords is how many words of the figure's own may close the
// aside: "displaced by its own civil war" is six.
const asideTailWords = 8

// asideClosesAfter reports whether a comma closes an aside after token
// fe, past at most asideTailWords words of the figure's own ("four million
// people, ", "2.2 million displaced by its own civil war, "), and the
// sentence goes on after it.
func asideClosesAfter(d *figures.Document, s *figures.Sentence, fe int) bool {
	for t := fe; t < s.TokEnd && t <= fe+asideTailWords; t++ {
		if d.TokenText(t) == "," {
			return t+1 < s.TokEnd && d.Tokens[t+1].IsWord()
		}
		if !d.Tokens[t].IsWord() || figureAt(d, t) >= 0 {
			return false
		}
	}
	return false
}

// opensClauseAt reports whether token c opens a clause of sentence s: the
// sentence's first word (after a stamp), or a word after a semicolon, a
// colon, a dash or a conjunction that joins clauses ("and", "but",
// "while", "whereas", "yet").
func opensClauseAt(d *figures.Document, s *figures.Sentence, c int) bool {
	if c <= afterStamp(d, s) {
		return true
	}
	switch d.LowerTokenText(c - 1) {
	case ";", ":", "—", "–", "and", "but", "while", "whereas", "yet":
		return true
	}
	return false
}
