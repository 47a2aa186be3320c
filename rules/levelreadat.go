package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total's level is read at a time: "crossed the 10 million mark
// this month", "reached 11.9 million this month", "put the total at 10.2
// million last month". The recent period right after the level (past the
// mark's noun) says when the count stood there, not that the figure is
// the period's own part of it, as "displaced this month" is. A metric's
// exclude_near word of a period ("this month", "last week") is then no
// reason to turn the figure away; the same period after a verb of the
// event ("200,000 fled this month") or marked as a part ("reached 200,000
// this month alone") still is.

// levelReadAt reports whether exclude_near hit h of sentence s is a recent
// period ("this" or "last" and a unit of time) right after figure fi, or
// after the mark noun that follows it, and fi is the level a count stands
// at (countAtTime: after "reached", "at", "to", or with its own bound verb).
func levelReadAt(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	k := fe
	if passedMark(d, s, fi) {
		k++ // "the 10 million mark this month"
	}
	if h.start != k || h.end-h.start != 2 || h.end > s.TokEnd {
		return false
	}
	switch d.LowerTokenText(h.start) {
	case "this", "last":
	default:
		return false
	}
	if !timeUnit(d.LowerTokenText(h.start + 1)) {
		return false
	}
	if h.end < s.TokEnd && d.LowerTokenText(h.end) == "alone" {
		return false
	}
	return countAtTime(d, s, fi)
}
