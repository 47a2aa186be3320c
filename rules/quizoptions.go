package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A quiz offers its reader choices after the question: "How many people
// has Sudan's war displaced? A) 1 million B) 4 million C) 11 million",
// "(a) 9,000 (b) 21,000", "A. 8,000 B. 21,800". Each choice is a figure
// someone might guess, none a figure anyone reports, though the question
// holds the metric's keyword. A figure right after an option's letter is
// such a choice when a question mark stands before it, in its sentence or
// closing the one before, and another option's letter stands in its
// sentence too; the answer told with its
// letter ("The answer is B) more than 21,800") has no question before it.

// quizOption reports whether figure fi of sentence s is one of a quiz's
// lettered choices after its question.
func quizOption(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if !optionLabelEnds(d, s, fs-1) {
		return false
	}
	question, labels := false, 0
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch {
		case d.TokenText(k) == "?" && k < fs:
			question = true
		case optionLabelEnds(d, s, k):
			labels++
		}
	}
	if !question {
		// The question is a sentence of its own: the choices follow it.
		q := previousSentence(d, s)
		question = q != nil && q.TokEnd > q.TokStart && d.TokenText(q.TokEnd-1) == "?"
	}
	return question && labels >= 2
}

// optionLabelEnds reports whether token k closes an option's letter
// within sentence s: the bracket of "A)", "(b)", or a capital's full stop
// ("C."), as the figure finder reads them (figures' OptionLetter).
func optionLabelEnds(d *figures.Document, s *figures.Sentence, k int) bool {
	return k-1 >= s.TokStart && k+1 < s.TokEnd && d.OptionLetter(k-1)
}
