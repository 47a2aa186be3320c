package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A reporter on the spot fronts the place with "here": "CORRESPONDENT:
// Here in Antakya, locals say thousands, maybe eight thousand, lost their
// lives in the old city", "Out here in Idlib, the White Helmets count ...".
// The phrase after "here" frames the sentence as "In Antakya," would, and
// a transcript's speaker label before it frames nothing: placeOfSentence
// reads the fronted place from where the sentence's own words begin
// (sentenceOpening), past "here" and the "out", "back" or "right" before
// it.

// hereOpening returns the first token of sentence s's own words
// (sentenceOpening), past a joining word before a fronted phrase
// (joinedOpening) and a fronting "here" whose "in" follows.
func hereOpening(d *figures.Document, s *figures.Sentence) int {
	open := joinedOpening(d, s, adverbOpening(d, s, sentenceOpening(d, s)))
	k := open
	switch d.LowerTokenText(k) {
	case "out", "back", "right", "down", "up":
		if k+1 < s.TokEnd && d.LowerTokenText(k+1) == "here" {
			k++
		}
	}
	if k+1 < s.TokEnd && d.LowerTokenText(k) == "here" && d.LowerTokenText(k+1) == "in" {
		return k + 1
	}
	return open
}
