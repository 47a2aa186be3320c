package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure of people set against one unit of area counts how densely they
// live, not how many there are: "more than 22,000 people to each square
// kilometre", "some 30,000 displaced people per square mile", "twenty
// thousand people living on every square kilometre", "12,000 share one
// hectare". The unit of area, after a word that makes it one ("a", "per",
// "each", "every", "one", "a single", "the" after "to"), stands in the
// figure's clause after it. An area told by its own figure ("an area of 64
// square kilometres") is where the people are, and stays
// (area_density.yaml).

// densityReach is how many tokens after a figure its unit of area may end.
const densityReach = 10

// perArea reports whether, in the clause of figure fi after it, one unit
// of area stands: the figure is a density.
func perArea(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t := fe; t < s.TokEnd && t < fe+densityReach; t++ {
		w := word(t)
		if isClauseMark(d.TokenText(t)) {
			return false
		}
		if !oneUnitWord(word, t) {
			if figureAt(d, t) >= 0 {
				return false // another figure: "64 square kilometres"
			}
			continue
		}
		u := t + 1
		if w == "a" && word(u) == "single" {
			u++
		}
		if word(u) == "square" || word(u) == "sq" {
			u++
			if word(u) == "." {
				u++
			}
		}
		if areaUnit(word(u), u > t+1 && (word(u-1) == "square" || word(u-1) == "." || word(u-1) == "sq")) {
			return true
		}
	}
	return false
}

// oneUnitWord reports whether token t makes the noun after it one unit:
// "a", "per", "each", "every", "one", or "the" after "to" ("to the square
// mile").
func oneUnitWord(word func(int) string, t int) bool {
	switch word(t) {
	case "a", "per", "each", "every", "one":
		return true
	case "the":
		return word(t-1) == "to"
	}
	return false
}

// areaUnit reports whether w is a unit of area: a hectare or an acre, or,
// after "square", a unit of length. A unit it accepts alone is an areaWord
// too (a sentence with none is not read: sentenceMarks.area), and must be
// in the figures vocabulary (TestReaderWordsInVocabulary).
func areaUnit(w string, square bool) bool {
	switch w {
	case "hectare", "acre", "km2", "km²":
		return true
	case "kilometre", "kilometer", "km", "mile", "metre", "meter", "m", "foot", "yard":
		return square
	}
	return false
}

// areaWord reports whether w is one of the words perArea needs in the
// sentence: a unit of area areaUnit takes alone, or the "square" ("sq")
// that a unit of length needs. readMarks marks a sentence that holds one
// (rmArea), so a figure in any other is not read.
func areaWord(w string) bool {
	return areaUnit(w, false) || w == "square" || w == "sq"
}
