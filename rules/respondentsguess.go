package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A survey reports what those it asked answered: "the most common guess
// was 5,000", "the median answer was 50,000". A figure that sums up many
// answers (a median, an average, the commonest) is the respondents'
// guess at a count, not a count anyone gives; the count the survey sets
// it against ("against a verified 10,582") is read as ever. A single
// "guess" or "answer" with no such word ("the ministry's best guess is
// 33,000") stays a source's estimate.

// respondentsGuess reports whether figure fi is the complement of a
// copula whose subject is a statistic of answers: "median", "average",
// "mean", "typical" or "(most) common" at most two words before "guess",
// "answer", "response" or "reply" (or their plurals) right before the
// copula.
func respondentsGuess(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs-3 < s.TokStart {
		return false
	}
	switch d.LowerTokenText(fs - 1) {
	case "was", "is", "were", "are":
	default:
		return false
	}
	switch d.LowerTokenText(fs - 2) {
	case "guess", "guesses", "answer", "answers", "response", "responses", "reply", "replies":
	default:
		return false
	}
	for k := fs - 3; k >= s.TokStart && k >= fs-4; k-- {
		switch d.LowerTokenText(k) {
		case "median", "average", "mean", "typical", "common", "commonest":
			return true
		}
	}
	return false
}
