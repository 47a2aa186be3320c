package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure may be set apart from a thing the metric's words name by a
// noun phrase an adjective of separation heads: "the $500m for missile
// defence is a separate line from the FMF grant", "the supplemental is a
// distinct programme from the yearly aid". The words after "from" name the
// thing the figure is not, as they do after "separately from" or "apart
// from" (comparedterm.go): a keyword there is the comparison's other term
// and names none of the figures set beside it, and an exclude word there
// rules out nothing. The noun must be a plain lower-case word, so that a
// name ("a separate Pentagon from") or a figure is not read as one.

// setApartNoun reports whether the "from" at token k follows a lower-case
// noun that an adjective of separation heads: "a separate line from", "a
// distinct programme from", "a different account from". What follows the
// "from" is then set apart from what the noun phrase names, as it is after
// "separately from".
func setApartNoun(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-2 < s.TokStart || !isLowerWord(d.TokenText(k-1)) || figureAt(d, k-1) >= 0 {
		return false
	}
	switch d.LowerTokenText(k - 2) {
	case "separate", "distinct", "different":
		return true
	}
	return false
}
