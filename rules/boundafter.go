package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A speaker gives a round figure and bounds it in the next breath,
// pointing back with "that": "fifty thousand people, more than that now",
// "eight hundred, fewer than that by some counts". The phrase is the
// figure's bound as "more than" before it would be. It follows the
// figure, or the figure's noun, right after a comma; a figure with a
// bound of its own keeps it, and "more than that" after "and" or another
// word opens a clause of its own ("and more than that were injured"), as
// it does when a verb or a participle follows "that" (", more than that
// were injured", ", more than that wounded"): then "that" is the subject
// or the count of another noun, not a bound. (bound_after_that.yaml)

// boundAfter returns the bound a comma phrase right after figure fi of
// sentence s gives it ("..., more than that"), and whether there is one.
func boundAfter(d *figures.Document, s *figures.Sentence, fi int) (figures.Qualifier, bool) {
	if d.Figures[fi].Qualifier != figures.Exact {
		return figures.Exact, false
	}
	_, fe := d.FigureTokens(fi)
	k := fe
	if k < s.TokEnd && d.Tokens[k].IsWord() && isLowerWord(d.TokenText(k)) {
		k++ // the figure's noun: "fifty thousand people, more than that"
	}
	if k+3 >= s.TokEnd || d.TokenText(k) != "," || !strings.EqualFold(d.TokenText(k+2), "than") || !strings.EqualFold(d.TokenText(k+3), "that") {
		return figures.Exact, false
	}
	q := figures.Exact
	switch d.LowerTokenText(k + 1) {
	case "more":
		q = figures.MoreThan
	case "fewer", "less":
		q = figures.LessThan
	}
	if q == figures.Exact || pastOrAuxWithin(d, k+4, 1) {
		return figures.Exact, false
	}
	return q, true
}
