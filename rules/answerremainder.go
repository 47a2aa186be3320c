package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An answer may give what is gone first and what remains after "leaving":
// "How many battalions does Hamas still have? Israel says it has
// dismantled 18 of 24, leaving four in Rafah", "How many people are still
// in the camp? Some 300,000 have fled, which leaves about 120,000". The
// remainder counts the noun the amounts before it count, so the question
// names it too, as near as the verb; the metric's own words (a place, an
// exclude_near word) decide which amount it takes.

// remainderClause returns the verb "leave" of the clause whose object is
// figure fi of sentence s, when that clause follows what came before:
// ", leaving four", ", which leaves about 120,000", "and that leaves two",
// with at most an adverb ("only", "still", "barely": elidedAdverb) or a
// word of approximation between ("leaving only four"). It returns -1 when
// fi is no such remainder.
func remainderClause(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	v := -1
	for k := fs - 1; k > s.TokStart && k >= fs-3; k-- {
		switch w := d.LowerTokenText(k); {
		case elidedAdverb(w) || w == "just" || w == "about" || w == "some" || w == "around" || w == "perhaps":
			continue // "leaving only four", "leaving barely four", "which leaves about 120,000"
		case w == "leave" || w == "leaves" || w == "leaving":
			v = k
		}
		break
	}
	if v < 0 {
		return -1
	}
	switch d.LowerTokenText(v - 1) {
	case ",", ";", "which", "that", "and":
		return v
	}
	return -1
}
