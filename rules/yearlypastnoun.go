package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A year's amount may carry its noun phrase between the figure and the
// word that makes it yearly: "$38bn over ten years — an average of $3.8bn
// in military aid annually", "$3.8bn in US aid each year". The yearly word
// marks the figure as a year's, as it does right after the figure
// (perYearAfter), and a span of years before it is the sum's, not this
// figure's.

// yearlyPhraseWords is how many words the figure's "in" phrase may hold:
// "in US military aid".
const yearlyPhraseWords = 3

// perYearPastNoun reports whether figure fi of sentence s is followed by
// an "in" phrase of a few words and then a yearly word.
func perYearPastNoun(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || d.LowerTokenText(fe) != "in" {
		return false
	}
	for k := fe + 1; k < s.TokEnd && k <= fe+1+yearlyPhraseWords; k++ {
		if !d.Tokens[k].IsWord() {
			return false
		}
		if k > fe+1 && yearlyAt(d, s, k) {
			return true
		}
	}
	return false
}

// yearlyAdjective reports whether lower-cased w is the adjective of a
// year's sum, before it ("the annual $3.8bn") or before its noun ("$3.8bn
// in yearly aid").
func yearlyAdjective(w string) bool {
	return w == "annual" || w == "yearly"
}

// yearlyAt reports whether a yearly word opens at token k: "annually",
// "yearly", "a year", "per year", "each year", "every year".
func yearlyAt(d *figures.Document, s *figures.Sentence, k int) bool {
	w := sentenceWords(d, s)
	switch w(k) {
	case "annually", "yearly":
		return true
	case "a", "per", "each", "every":
		return w(k+1) == "year"
	}
	return false
}
