package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An amount of money with "more" right after it is added to another: "asks
// Congress for $3.5bn more in FMF", "pledges $40 million more for relief",
// "$1bn more for interceptors". It is the increment, not the level a
// metric of money tracks; "more than" after it compares ("$3.8bn, $300m
// more than Egypt gets" leaves the level to the first figure), and is
// read as before.

// addedMoney reports whether money figure fi is followed right away by
// "more" (or "extra") that no "than" follows.
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
	return fe+1 >= s.TokEnd || d.LowerTokenText(fe+1) != "than"
}
