package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A headline drops the article before an earlier event named by its year:
// "2014 war: 2,251 Palestinians killed in 51 days", "2008 offensive left
// some 1,400 dead", "1982 invasion killed an estimated 17,000". A year
// that opens the sentence right before a noun of war or disaster names
// that event as "the 2014 war" does; since.go dates the sentence by it
// when the year is before the metric's since. With a place between ("2014
// Gaza war") yearNamesEvent reads it already; a year not before such a
// noun ("2024 in review: ...") names no event.

// yearOpensEvent reports whether year figure fi, opening its sentence, is
// followed right away by a lower-case noun of war, an operation or a
// disaster.
func yearOpensEvent(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, k := d.FigureTokens(fi)
	if k >= s.TokEnd || !isLowerWord(d.TokenText(k)) {
		return false
	}
	w := d.LowerTokenText(k)
	return operationNoun(w) || w == "disaster" || w == "tragedy" || w == "catastrophe"
}
