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
//
// "Is it true that ...?", "is it right that ...?", "Is it the case that
// ...?" ask whether a claim holds as "really" does (askedIfTrue), and a
// reader's or a listener's label may stand before the question ("Reader
// asks:", "Listener's question:"; sentenceLabelColon).

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
		// A reader's or a listener's label: "Listener's question: is it
		// right that ...?", "Reader asks: Is it true that ...?"
		if c := sentenceLabelColon(d, s, start); c >= 0 && invertedAuxiliary(word(c+1)) {
			start = c + 1
		} else {
			return false
		}
	}
	_, fe := d.FigureTokens(fi)
	doubt := false
	for k := start + 1; k < s.TokEnd && k <= start+doubtAdverbReach; k++ {
		if doubtAdverb(word(k)) || askedIfTrue(word, k) {
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
			return !echoedInAnswer(d, s, fi)
		case ".", "!", ";":
			return false
		}
	}
	return false
}

// echoedInAnswer reports whether the sentence after question s, which
// answers it, says back figure fi's amount ("Q: Is it true that more than
// 30,000 have died? A: More than 30,000, according to the ministry"): the
// answer confirms the figure, and the question's figure is the one read
// (questionecho.go leaves the echo out).
func echoedInAnswer(d *figures.Document, s *figures.Sentence, fi int) bool {
	si := d.SentenceAt(d.Figures[fi].Start)
	if si < 0 || si+1 >= len(d.Sentences) {
		return false
	}
	if q := questionBeforeAt(d, si+1); q == nil || q.Start != s.Start {
		return false
	}
	f, nx := &d.Figures[fi], &d.Sentences[si+1]
	for fj := nx.FigStart; fj < nx.FigEnd; fj++ {
		if g := &d.Figures[fj]; g.Kind == f.Kind && g.Value == f.Value {
			return true
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

// askedIfTrue reports whether the words at token k ask whether a claim is
// true: "it" before "true", "right", "correct" or "the case", then "that"
// ("Is it true that ...", "is it the case that ...").
func askedIfTrue(word func(int) string, k int) bool {
	if word(k-1) != "it" {
		return false
	}
	switch word(k) {
	case "true", "right", "correct":
		return word(k+1) == "that"
	case "the":
		return word(k+1) == "case" && word(k+2) == "that"
	}
	return false
}
