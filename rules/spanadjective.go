package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A number joined by a hyphen to a unit of time is an adjective of
// duration: "a first six-week stage", "a 42-day truce", "a three-month
// pause". It says how long something lasts, and never counts people or
// things, whatever noun follows ("six-week stage", "four-day hostages
// release"). An age ("a six-month-old baby") is read by the finder
// already. A metric whose unit is itself a unit of time (days of truce)
// may take it.

// spanAdjective reports whether figure fi is a number joined by a hyphen
// to a unit of time with no "-old" after it.
func spanAdjective(d *figures.Document, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if fe+1 >= len(d.Tokens) || d.TokenText(fe) != "-" || d.Tokens[fe].Space || d.Tokens[fe+1].Space {
		return false
	}
	if !timeUnit(d.LowerTokenText(fe + 1)) {
		return false
	}
	return !(fe+3 < len(d.Tokens) && d.TokenText(fe+2) == "-" && strings.EqualFold(d.TokenText(fe+3), "old"))
}

// unitOfTime reports whether a metric's unit names a span of time.
func unitOfTime(unit string) bool {
	return timeUnit(strings.ToLower(unit))
}
