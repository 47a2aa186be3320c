package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A level passed: a figure a count reached or passed ("topped 45,000",
// "9 million and rising in early 2024") is a running total's level, and the
// time after it dates when it was read, opening no later period. It stands
// apart from laterstart.go's periods because it reads the figure's own
// verb, not the "since" phrase.

// levelPassed reports whether figure fi of sentence s is a level a count
// reached or passed: its text holds its verb ("topped 45,000"), a verb of
// reaching or "to" stands right before it ("reached 45,000", "rose to"),
// or its bound preposition follows a verb of moving ("climb past 45,000",
// "soared above 2 million").
func levelPassed(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs <= s.TokStart {
		return false
	}
	w := d.LowerTokenText(fs)
	if boundVerbForm(w) {
		return true
	}
	switch d.LowerTokenText(fs - 1) {
	case "to", "at", "reached", "reach", "reaches", "passed", "surpassed", "topped", "exceeded", "hit":
		return true
	}
	switch w {
	case "past", "above", "beyond", "over":
		return figures.MovementForm(d.LowerTokenText(fs - 1))
	}
	return false
}

// risingLevelBefore reports whether token k, a word of time ("in"), comes
// right after a figure and "and rising" (climbing, growing, counting):
// "Sudan's displaced, 9 million and rising in early 2024". The figure is a
// running total's level, still moving, and the year dates when it was
// read, as "as of" would; it opens no later period whose part the figure
// is (tune35_rising_level_dated.yaml).
func risingLevelBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-3 < s.TokStart || d.LowerTokenText(k-2) != "and" {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "rising", "climbing", "growing", "counting", "mounting":
	default:
		return false
	}
	fi := figureAt(d, k-3)
	if fi < 0 || !d.Figures[fi].Kind.IsAmount() {
		return false
	}
	_, fe := d.FigureTokens(fi)
	return fe == k-2
}
