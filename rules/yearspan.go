package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A span of one year ("in a single year", "in one year", "in just a
// year") is a part of a running total that has run longer, but the whole
// of one that began in the year before the story's (or in its own year):
// "having more than 8.6 million displaced in a single year" at the war's
// first anniversary counts everyone displaced so far. Only the story's
// year is known, so a count is young while the story is dated no later
// than the calendar year after its start; with no date, or a count with
// no start year, the span stays the part spanWords marks it.
// (span_of_a_year.yaml)

// yearOfYoungCount reports whether the period that token k opens for a
// figure of sentence s is a span of one year, and the story's year is at
// most one past the metric's start year.
func (m *metric) yearOfYoungCount(st *docState, s *figures.Sentence, k int) bool {
	if st.articleYear == 0 || m.spec.Since.Year == 0 || st.articleYear-m.spec.Since.Year > 1 {
		return false
	}
	word := sentenceWords(st.d, s)
	t := k + 1
	switch word(t) {
	case "just", "only", "barely":
		t++
	}
	switch word(t) {
	case "a", "one":
	default:
		return false
	}
	if word(t+1) == "single" {
		t++
	}
	return word(t+1) == "year"
}
