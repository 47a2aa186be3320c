package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A question that asks whether a figure really holds asserts nothing of it:
// "Is it really a hundred thousand dead, as a post going round this week
// claims?", "Have 200,000 Gazans truly died?", "Are there actually 20
// million displaced?". The question opens on an inverted auxiliary, an
// adverb of doubt ("really", "truly", "actually") follows within a few
// words, and the figure stands in it before its question mark: the writer
// puts the figure up to be tested, and what the answer then says is the
// count (question.go reads the answer). A question of "how many" asks for
// a count and holds none, and an answer after the question mark is a
// sentence of its own: both are left as they were. A yes-or-no question
// with no word of doubt ("Has the toll passed 40,000?") is left too.

// doubtAdverbReach is how many words after the opening auxiliary the
// adverb of doubt may stand, before the figure or after it: "Is it
// really", "Are there really", "Have 200,000 Gazans truly".
const doubtAdverbReach = 4

// doubtedQuestion reports whether figure fi of sentence s stands in a
// yes-or-no question that doubts it.
func doubtedQuestion(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	start := sentenceOpening(d, s)
	if !invertedAuxiliary(word(start)) {
		return false
	}
	_, fe := d.FigureTokens(fi)
	doubt := false
	for k := start + 1; k < s.TokEnd && k <= start+doubtAdverbReach; k++ {
		if doubtAdverb(word(k)) {
			doubt = true
			break
		}
	}
	if !doubt {
		return false
	}
	for k := fe; k < s.TokEnd; k++ {
		switch word(k) {
		case "?":
			return true
		case ".", "!", ";":
			return false
		}
	}
	return false
}

// invertedAuxiliary reports whether lower-cased w is an auxiliary that
// opens a yes-or-no question: "Is", "Have", "Did".
func invertedAuxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "did", "does", "do":
		return true
	}
	return false
}

// doubtAdverb reports whether lower-cased w doubts what its question
// asks: "really", "truly", "actually".
func doubtAdverb(w string) bool {
	return w == "really" || w == "truly" || w == "actually"
}
