package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A list item's figure may carry its rate before the item ends: "FMF:
// $3.3bn a year | Missile defence: $500m a year | Total: $3.8bn a year",
// "aid – $3.8bn annually; ...". The rate belongs to the figure, as its
// unit does; the item still ends at the separator after it, and its label
// still names the figure. Other words after a figure make it open a
// statement ("Gaza: 31,000-plus killed"), which no label names.

// rateEnd returns the token after the words of a rate right after token
// fe (the figure's end) in sentence s — "a year", "per month", "each
// year", "annually", "/yr" — or fe when none follows.
func rateEnd(d *figures.Document, s *figures.Sentence, fe int) int {
	if fe >= s.TokEnd {
		return fe
	}
	switch d.LowerTokenText(fe) {
	case "annually", "yearly", "monthly", "weekly", "daily", "a-year":
		return fe + 1
	case "a", "per", "each", "every", "/":
		if fe+1 < s.TokEnd && perTimeUnit(d.LowerTokenText(fe+1)) {
			return fe + 2
		}
	}
	return fe
}

// perTimeUnit reports whether w is the unit of time of a rate: "year" of
// "a year", "yr" of "/yr".
func perTimeUnit(w string) bool {
	switch w {
	case "year", "yr", "annum", "month", "week", "day":
		return true
	}
	return false
}
