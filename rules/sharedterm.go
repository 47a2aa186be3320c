package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure may be likened to another count by a share or a multiple of it:
// "Kakuma holds about 290,000 people — barely a fifth of the number now
// packed into Rafah", "twice the number sheltering in the city", "three
// times the total killed in 2014". The count after "the number" is the
// comparison's other term: its keyword says what that count is, not what
// the figure counts (shared_count_term.yaml). A share of a whole the
// figure is part of names the whole by its owner or its figure ("half of
// Gaza's 2.3 million"), with no count noun, and is not read here.

// shareOfCountTerm returns the token that opens a share or a multiple of a
// count noun before keyword hit start ("a fifth of the number now", "twice
// the number", "three times the total"), or -1: the share word, perhaps
// "of", "the", a count noun (number, total, count, tally, figure), perhaps
// "of people" and adverbs of time, then the keyword.
func shareOfCountTerm(d *figures.Document, s *figures.Sentence, start int) int {
	word := sentenceWords(d, s)
	j := start - 1
	for j > s.TokStart && keywordTimeAdverb(word(j)) {
		j--
	}
	if j-1 > s.TokStart && word(j) == "people" && word(j-1) == "of" {
		j -= 2 // "a fifth of the number of people packed into"
	}
	if j-2 <= s.TokStart || !termCountNoun(word(j)) || word(j-1) != "the" {
		return -1
	}
	j -= 2
	if word(j) == "of" {
		if j-1 <= s.TokStart || !shareWord(word(j-1)) && word(j-1) != "fraction" {
			return -1
		}
		return j - 1
	}
	if multipleBeforeThe(word(j)) {
		return j
	}
	return -1
}

// keywordTimeAdverb reports whether w, between a count noun and the
// keyword that says what it counts, only dates the count: "the number now
// packed into", "the total still sheltering".
func keywordTimeAdverb(w string) bool {
	switch w {
	case "now", "still", "currently", "already", "reportedly", "thought", "believed":
		return true
	}
	return false
}

// multipleBeforeThe reports whether w sets a multiple or a share right before
// "the": "twice the number", "three times the total", "half the number".
func multipleBeforeThe(w string) bool {
	switch w {
	case "twice", "double", "triple", "treble", "thrice", "times", "half":
		return true
	}
	return false
}
