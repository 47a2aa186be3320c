package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An imperative followed by "and" and a modal of the unreal is a
// condition, as "if you halved it, you would" is: "Halve the ministry's
// figure, as some of its critics do, and you would still be left with
// more than 20,000 dead", "Take out every disputed case and you would
// still be counting some 1,500". What the consequence clause would hold is
// no count (counterfactual.go). The imperative is a verb of working on a
// figure opening the sentence, with its object after it; the figure
// stands after the "and", its subject of at most a few words and the
// modal ("would still", "would be"). A figure before them, or an opening
// word that is no such imperative ("Cut off for a week, ..."), is read as
// ever.

// imperativeVerb reports whether lower-cased w is a verb of working on a
// figure that opens such a condition. (A switch on the lower-case text:
// a loop of EqualFold over a list cost a thousand instructions a figure.)
func imperativeVerb(w string) bool {
	switch w {
	case "halve", "double", "triple", "cut", "take", "remove", "subtract", "exclude",
		"discount", "strip", "deduct", "divide", "ignore", "drop", "leave":
		return true
	}
	return false
}

// imperativeObjectWords are the words that may follow the imperative and
// open its object (or its particle): "Halve the", "Take out every".
var imperativeObjectWords = [...]string{"the", "every", "all", "out", "away", "its", "their", "each", "any", "that", "this", "those", "these"}

// imperativeSubjectWords is how many words the consequence clause's
// subject may hold between "and" and the modal: "and the floods would".
const imperativeSubjectWords = 3

// imperativeCondition reports whether figure fi of sentence s stands in
// the consequence of an imperative condition.
func imperativeCondition(d *figures.Document, s *figures.Sentence, fi int) bool {
	first := afterStamp(d, s)
	if first+2 >= s.TokEnd {
		return false
	}
	if !imperativeVerb(d.LowerTokenText(first)) {
		return false
	}
	next := d.LowerTokenText(first + 1)
	obj := false
	for _, o := range imperativeObjectWords {
		if next == o {
			obj = true
			break
		}
	}
	if !obj {
		return false
	}
	word := sentenceWords(d, s)
	fs, _ := d.FigureTokens(fi)
	for k := first + 2; k < fs; k++ {
		if word(k) != "and" {
			continue
		}
		for j := k + 1; j < fs && j <= k+1+imperativeSubjectWords; j++ {
			if unrealModal(word, j) {
				return true
			}
			if !d.Tokens[j].IsWord() {
				break
			}
		}
	}
	return false
}
