package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A count noun an adjective of possibility modifies names what might come
// to be: "Lancet letter puts possible Gaza deaths at 186,000", "a
// potential death toll of 85,000", "58,000 potential excess deaths". The
// figure it is put at, or is "of", is a projection, not a count, however
// plainly the sentence states it. An adjective of possibility that
// modifies another noun ("possible errors in the count", "with possible
// undercounting") says nothing of the figure.

// possibleCount returns the token of an adjective of possibility
// (possibleModifier) that modifies the noun phrase taking figure fi, or
// -1: right after the figure ("58,000 potential deaths"), or at most
// maxPossibleReach words before the "at" or "of" right before it, with
// only lower-case words or names between ("possible Gaza deaths at").
func possibleCount(d *figures.Document, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if fe < len(d.Tokens) && d.Tokens[fe].IsWord() && possibleModifier(d.LowerTokenText(fe)) {
		return fe
	}
	k := fs - 1
	if k < 1 {
		return -1
	}
	if w := d.LowerTokenText(k); w != "at" && w != "of" {
		return -1
	}
	for j := k - 1; j >= 0 && k-j <= maxPossibleReach+1; j-- {
		if !d.Tokens[j].IsWord() || inFigure(d, j) {
			return -1
		}
		w := d.LowerTokenText(j)
		if possibleModifier(w) {
			if j == k-1 {
				return -1 // "possible at": no noun between
			}
			return j
		}
		if determiner(w) || article(w) {
			return -1
		}
	}
	return -1
}

// maxPossibleReach is how many words may stand between the adjective and
// the "at" or "of": "possible Gaza excess deaths at".
const maxPossibleReach = 3

// possibleModifier reports whether lower-cased w is an adjective of
// possibility that can stand before a noun: saidPossible's
// ("possible", "plausible", "conceivable") and "potential", which only
// stands there.
func possibleModifier(w string) bool { return possibleAdjective(w) || w == "potential" }
