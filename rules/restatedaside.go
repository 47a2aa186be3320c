package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker's aside between dashes may stand between a figure and its
// saying again: "Something like one point three million people — think
// about that — one point three million, most of them displaced twice".
// The aside is a few lower-case words, no figure among them, that open
// with a dash after the first saying and close with the dash before the
// second (dashrestated.go reads the rest).

// restateAsideWords is how many words such an aside may hold.
const restateAsideWords = 5

// asideDashBefore returns the dash that opens a speaker's aside closing
// at the dash at token closing, after token from; or -1.
func asideDashBefore(d *figures.Document, from, closing int) int {
	for k := closing - 1; k >= from && k >= closing-1-restateAsideWords; k-- {
		w := d.TokenText(k)
		if isDash(w) {
			if k == closing-1 {
				return -1
			}
			return k
		}
		if !d.Tokens[k].IsWord() || !isLowerWord(w) || figureAt(d, k) >= 0 {
			return -1
		}
	}
	return -1
}
