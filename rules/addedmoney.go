package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An amount of money with "more" right after it is added to another: "the
// bill seeks $2bn more for air defence", "donors promise $75 million more
// in relief", "$1bn more for interceptors". It is the increment, not the
// level a metric of money tracks; "more than" after it compares ("$3.8bn,
// $300m more than Egypt gets" leaves the level to the first figure), and
// "more or less" hedges the amount it follows ("about $4bn more or less
// each year"): both are read as before.

// addedMoney reports whether money figure fi is followed right away by
// "more" (or "extra") that no "than" and no "or less" follows.
func addedMoney(d *figures.Document, s *figures.Sentence, fi int) bool {
	if d.Figures[fi].Kind != figures.Money {
		return false
	}
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || !d.Tokens[fe].Space {
		return false
	}
	switch d.LowerTokenText(fe) {
	case "more", "extra":
	default:
		return false
	}
	if fe+1 >= s.TokEnd {
		return true
	}
	switch d.LowerTokenText(fe + 1) {
	case "than":
		return false
	case "or": // "$3.8bn more or less every year": an approximation
		return fe+2 >= s.TokEnd || d.LowerTokenText(fe+2) != "less"
	}
	return true
}
