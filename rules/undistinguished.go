package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count may be said not to tell its parts apart: "The health ministry
// puts the number at roughly 35,000, without distinguishing civilians from
// combatants", "a tally that does not distinguish between fighters and
// civilians", "makes no distinction between soldiers and civilians". The
// exclude word in such a phrase names a part the count holds, not what
// the figure counts: it rules nothing out. Read: the hit stands within a
// few words after a word of telling apart ("distinguish", "differentiate",
// "separate", "distinction", "disaggregated"), which a negation
// ("without", "not", "no", "never", "n't") stands right before, perhaps
// past "a" or "any" ("makes no clear distinction" is not read: "clear"
// stands between; nor "without making a distinction").

// undistinguishedReach is how many words may part the word of telling
// apart from the exclude word: "between the fighters and the".
const undistinguishedReach = 6

// undistinguished reports whether exclude_near hit h stands in a phrase
// that says a count does not tell its parts apart.
func undistinguished(d *figures.Document, s *figures.Sentence, h hit) bool {
	word := sentenceWords(d, s)
	for k := h.start - 1; k >= s.TokStart && k >= h.start-undistinguishedReach; k-- {
		w := word(k)
		if w == "," || w == ";" || w == ":" || w == "." {
			return false
		}
		if !tellingApart(w) {
			continue
		}
		j := k - 1
		if word(j) == "a" || word(j) == "any" {
			j-- // "without a distinction", "without any distinction"
		}
		return negation(word(j)) || word(j) == "without" || word(j) == "no"
	}
	return false
}

// tellingApart reports whether lower-cased w tells parts of a count
// apart: "distinguishing", "distinction", "separating", "differentiate".
func tellingApart(w string) bool {
	switch w {
	case "distinguish", "distinguishes", "distinguishing", "distinction", "distinctions",
		"differentiate", "differentiates", "differentiating", "differentiation",
		"separate", "separates", "separating", "disaggregate", "disaggregating", "disaggregated":
		return true
	}
	return false
}
