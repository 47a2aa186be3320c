package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A verb of starting under a modal or "let's" says where an argument or an
// account begins, not when a count was read: "Any honest accounting of this
// war must start with the 34,500 Palestinians ... killed", "Let's begin with
// the 1.4 million in Rafah", "We should start with the 11,000 civilians".
// "Hamas began the war with 24 battalions" and "the year started with" tell
// a state at a start (otherTime's "with").

// discourseStart reports whether the verb of starting at token j of sentence
// s follows a modal ("must start with") or "let's" ("let's begin with").
func discourseStart(d *figures.Document, s *figures.Sentence, j int) bool {
	if j-1 < s.TokStart {
		return false
	}
	w := d.LowerTokenText(j - 1)
	if modalWord(w) {
		return true
	}
	// "let's": "let", an apostrophe, "s"; or "let us".
	if w == "s" && j-3 >= s.TokStart && isApostrophe(d.TokenText(j-2)) && d.LowerTokenText(j-3) == "let" {
		return true
	}
	return w == "us" && j-2 >= s.TokStart && d.LowerTokenText(j-2) == "let"
}

// startNoun reports whether "start" or "begin" at token j of sentence s
// is a noun, the start of a time, not a verb of starting: an article or a
// possessive before it, or "of" after it ("at the start of May and with
// some 1.4 million people crammed into the city"). What a time's start
// comes "with" is no state the war began with.
func startNoun(d *figures.Document, s *figures.Sentence, j int) bool {
	if j+1 < s.TokEnd && d.LowerTokenText(j+1) == "of" {
		return true
	}
	if j-1 < s.TokStart {
		return false
	}
	switch d.LowerTokenText(j - 1) {
	case "the", "a", "its", "their", "this", "that":
		return true
	}
	return false
}
