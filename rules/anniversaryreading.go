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
// label it the metric's own. So is a reading by an anniversary that an
// apposition right after the figure goes on to weigh as a figure ("By the
// third anniversary the UN's tally ... stood at 12,605, a figure its own
// monitors call an undercount"): an old reading is glossed by how it has
// since grown ("8,006 civilian deaths by the war's first anniversary, a
// number that has grown every month since"), and stays dated.

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

// glossedReading reports whether the past time phrase at token k of
// sentence s is an anniversary and figure fi is followed, past its noun
// and a comma, by an apposition that weighs it as a figure ("a figure its
// own monitors call an undercount"), with no word of a later change in it
// ("a number that has grown every month since").
func glossedReading(d *figures.Document, s *figures.Sentence, fi, k int) bool {
	word := sentenceWords(d, s)
	a := -1
	for j := k + 1; j < s.TokEnd && j <= k+6; j++ {
		if w := word(j); w == "anniversary" || w == "anniversaries" {
			a = j
			break
		}
	}
	_, fe := d.FigureTokens(fi)
	// The figure's noun may stand before the comma: "12,654 civilians, a
	// count ...".
	c := fe
	for c < s.TokEnd && c < fe+2 && isLowerWord(d.TokenText(c)) && !prepositions[word(c)] {
		c++
	}
	if a < 0 || c+2 >= s.TokEnd || word(c) != "," || word(c+1) != "a" || !figureNoun(word(c+2)) {
		return false
	}
	for t := c + 3; t < s.TokEnd; t++ {
		switch word(t) {
		case ",", ";", "—", "–":
			return true
		case "since", "grown", "grew", "risen", "rose", "climbed", "increased", "doubled", "then", "higher", "overtaken", "surpassed":
			return false
		}
	}
	return true
}
