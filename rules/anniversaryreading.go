package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An anniversary the count was read by dates it to the past (pastdated.go:
// "the mission had verified 8,006 civilian deaths by the war's first
// anniversary, a number that has grown since"). A count named with its
// anniversary as one noun phrase, which the sentence then judges in the
// present ("OHCHR's count of roughly 10,500 verified civilian deaths by the
// second anniversary is a floor", "roughly 42,000 dead at the war's first
// anniversary — has been picked apart"), is the reading the article is
// about: the anniversary dates it, as an "as of" does, and the writers
// label it the metric's own.

// judgedReading reports whether the anniversary phrase opened by "by" or
// "at" at token k is followed, right after "anniversary" (past a dash), by
// a verb of the present that the phrase is the subject of.
func judgedReading(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	if w := word(k); w != "by" && w != "at" {
		return false
	}
	a := -1
	for j := k + 1; j < s.TokEnd && j <= k+6; j++ {
		if w := word(j); w == "anniversary" || w == "anniversaries" {
			a = j
			break
		}
	}
	if a < 0 {
		return false
	}
	n := a + 1
	if w := word(n); w == "—" || w == "–" {
		n++
	}
	switch word(n) {
	case "is", "are", "has", "have", "remains", "remain", "stands", "looks", "seems":
		// A past verb ("... at the first anniversary was lower than
		// today's") judges an old reading: it stays dated.
		return true
	}
	return false
}
