package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "Let ... go" frees as "release" does: "Israel lets 200 prisoners go",
// "agreed to let 30 detainees go". The verb and its particle part around
// the object, so the act is read only when "go" closes a short object
// with no mark between: "let the talks go on" has no figure, "let it be
// known" no "go", and "let go" with nothing between frees too.

// letGoObject is how many tokens may stand between "let" and "go".
const letGoObject = 5

// letGo reports whether the word at token k of sentence s is "let",
// "lets" or "letting" whose "go" closes, within letGoObject tokens and no
// mark between, an object that holds an amount, or follows it straight.
func letGo(d *figures.Document, s *figures.Sentence, k int) bool {
	switch d.LowerTokenText(k) {
	case "let", "lets", "letting":
	default:
		return false
	}
	for j := k + 1; j < s.TokEnd && j <= k+letGoObject+1; j++ {
		if strings.EqualFold(d.TokenText(j), "go") {
			return j == k+1 || amountBetween(d, s, k+1, j)
		}
		if !d.Tokens[j].IsWord() && !inFigure(d, j) {
			return false // a mark ends the object
		}
	}
	return false
}
