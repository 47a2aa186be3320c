package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A day may be named by how many of it there were, not by its name or
// date: "the 1,200 murdered on a single Saturday", "killed on one day in
// October", "died on that Sunday". Such a day dates the count as "on
// Tuesday" does (periodAfter's oneDay): a day's dead, not the total.

// singleDayAt reports whether the words from token t name one day by a
// determiner of one ("a single", "one", "that", "the same", "a") and a
// weekday or "day".
func singleDayAt(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	switch word(t) {
	case "a":
		if word(t+1) == "single" {
			t++
		}
	case "one", "that":
	case "the":
		if word(t+1) != "same" {
			return false
		}
		t++
	default:
		return false
	}
	t++
	return t < s.TokEnd && (word(t) == "day" || weekday(d.TokenText(t)))
}
