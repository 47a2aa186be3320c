package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place's owned count in a headline ("Rafah's 1.45m brace for the tanks")
// is read as the place's people unless its clause already holds a word of
// the metric (placeowner.go). A clause of its own that a subordinating
// word opens after the figure, with a subject and a verb ("as Gaza's toll
// passes 35,100", "while talks drag on"), speaks of something else: its
// words (the dead of a toll) neither name nor rule out what the owned
// figure counts, as clauseBreak reads a clause's end from a figure
// forward (clause.go). Written for rafah44 (rafah_back_reference.yaml).

// ownedClauseEnd returns the token where the clause of the figure starting
// at token fs ends: the first clause mark after it (clauseEnd), or, before
// that, a conjunction of contrast, cause or time-and-manner ("as",
// "while") that opens a clause of its own (clauseBreak).
func ownedClauseEnd(d *figures.Document, s *figures.Sentence, fs int) int {
	end := clauseEnd(d, s, fs)
	for k := fs + 1; k < end; k++ {
		switch d.LowerTokenText(k) {
		case "as", "while", "whereas", "because", "although", "though":
			// Not a word of time ("before", "after"): "Rafah's 265,000
			// residents before the war could not ..." keeps its time
			// phrase, a word the metric rules out, in the figure's clause.
			if clauseBreak(d, k, k+1) {
				return k
			}
		}
	}
	return end
}
