package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure may be likened to another count by a share or a multiple of it:
// "Kakuma holds about 290,000 people — barely a fifth of the number now
// packed into Rafah", "twice the number sheltering in the city", "three
// times the total killed in 2014". The count after "the number" is the
// comparison's other term: its keyword says what that count is, not what
// the figure counts (shared_count_term.yaml). A share of a whole the
// figure is part of names the whole by its owner or its figure ("half of
// Gaza's 2.3 million"), with no count noun, and is not read here.

// shareOfCountTerm returns the token that opens a share, a multiple or a
// comparison of a count before keyword hit start ("a fifth of the number
// now", "twice the number", "three times the total", "far fewer than the
// number now", "compared with the number", "a fifth of those now", "a
// fraction of the crowds now"), or -1: the opener, the count's head (a
// count noun, a crowd's noun or "those", with "the" before all but
// "those"), perhaps "of people" and adverbs of time, then the keyword.
func shareOfCountTerm(d *figures.Document, s *figures.Sentence, start int) int {
	word := sentenceWords(d, s)
	if crowdNoun(word(start)) && start-2 > s.TokStart && word(start-1) == "the" {
		return shareOpener(d, s, start-2) // the keyword is the head: "a fifth of the population"
	}
	j := start - 1
	for j > s.TokStart && keywordTimeAdverb(word(j)) {
		j--
	}
	if j-1 > s.TokStart && word(j) == "people" && word(j-1) == "of" {
		j -= 2 // "a fifth of the number of people packed into"
	}
	switch {
	case j-1 <= s.TokStart:
		return -1
	case word(j) == "those":
		j--
	case (termCountNoun(word(j)) || crowdNoun(word(j))) && word(j-1) == "the":
		j -= 2
	default:
		return -1
	}
	return shareOpener(d, s, j)
}

// shareOpener returns the token that opens a share, a multiple or a
// comparison ending at token j, right before a count's head ("a fifth of",
// "twice", "than", "compared with"), or -1.
func shareOpener(d *figures.Document, s *figures.Sentence, j int) int {
	word := sentenceWords(d, s)
	if j <= s.TokStart {
		return -1
	}
	switch w := word(j); {
	case w == "of":
		if j-1 <= s.TokStart || !shareWord(word(j-1)) && word(j-1) != "fraction" {
			return -1
		}
		return j - 1
	case multipleBeforeThe(w) || w == "than" || w == "beside":
		return j
	case (w == "with" || w == "to") && j-1 > s.TokStart && strings.HasPrefix(word(j-1), "compar"):
		return j - 1
	}
	return -1
}

// crowdNoun reports whether lower-cased w names the people a count holds
// as one crowd: "a fifth of the population now packed into", "a fraction of
// the crowds sheltering in".
func crowdNoun(w string) bool {
	switch w {
	case "population", "people", "crowd", "crowds", "multitude", "throng":
		return true
	}
	return false
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
func multipleBeforeThe(w string) bool { return multipleWord(w) || w == "half" }
