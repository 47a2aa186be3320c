package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "adding" is a verb of arithmetic ("adding another 45 to the toll", "the
// ministry added 1,852 deaths to its records") and a verb of saying:
// wire copy closes a reported sentence on it, "The agency said rescue
// work would go on for days, adding 45,000 people had died in the
// quake", or "He added 45,000 people had died". Said, the figure is the count someone stated, not how much a
// count changed (changeBy) nor a sum added to it (increment). The other
// participles of saying ("noting", "warning", "saying") are never
// arithmetic and need no reading here; "adding that ..." puts "that"
// between, and is read as said already.

// speechAddingReach is how many words the figure's noun phrase may run
// before its own verb: "45,000 people had died", "some 44,000 people
// were now known".
const speechAddingReach = 3

// saidByAdding reports whether the "adding" at token k, right before
// figure fi, opens what was said: a comma before it closes a clause with
// a verb of saying ("she said,", "Minister says ..., adding"), and the
// figure heads a clause of its own, its noun then its verb (a form of
// "be" or "have", a modal, or "died": "45,000 people had died", "43,500
// are dead"). A sum added takes an object and a "to" instead ("adding
// 2,300 deaths to the official tally"), or nothing ("adding 3,000 jobs").
//
// The finite "added" and "adds" tell the speaker's next words as a
// sentence's own verb ("He added 45,000 people had died"), with no
// clause of saying before them: the figure heading its own clause is
// enough there: a sum added has no verb after its noun but in a
// relative clause on it ("1,852 deaths that had gone unrecorded").
func saidByAdding(d *figures.Document, k, fi int) bool {
	if k < 1 {
		return false
	}
	si := d.SentenceAt(int(d.Tokens[k].Start))
	if si < 0 {
		return false
	}
	s := &d.Sentences[si]
	switch d.LowerTokenText(k) {
	case "adding":
		if k < 2 || d.TokenText(k-1) != "," || !reportedBefore(d, s.TokStart, k-1) {
			return false
		}
	case "added", "adds":
	default:
		return false
	}
	_, fe := d.FigureTokens(fi)
	for t, words := fe, 0; t < s.TokEnd && words <= speechAddingReach; t, words = t+1, words+1 {
		if !d.Tokens[t].IsWord() || inFigure(d, t) {
			return false
		}
		w := d.LowerTokenText(t)
		switch {
		case beForm(w) || modalWord(w) || w == "has" || w == "have" || w == "had" || w == "died":
			return true
		case w == "that" || w == "who" || w == "which" || w == "whose":
			// A relative clause on the noun of a sum added: "added
			// 1,852 deaths that had gone unrecorded" has its verb,
			// not the figure's (review47 M1).
			return false
		case prepositions[w] && w != "of":
			// "adding 2,300 deaths to", "adding 3,000 jobs for"; a
			// part's "of" heads no phrase of its own: "adding 12,400
			// of our citizens have been killed".
			return false
		}
	}
	return false
}

// reportedBefore reports whether a verb of saying stands in tokens
// [from, to): "The disaster agency said", "he told reporters", "Minister
// says".
func reportedBefore(d *figures.Document, from, to int) bool {
	for t := from; t < to; t++ {
		if w := d.LowerTokenText(t); speakingVerb(w) || reportingVerb(w) {
			return true
		}
	}
	return false
}
