package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// lowerTok is strings.ToLower(d.TokenText(k)) without its scan and, for a
// capitalised word, its allocation: an ASCII token's lower case is the
// document's lowered text (LowerTokenText), which is what ToLower gives
// it; any other token is lowered as before. A figure's readings ask it
// at every figure of every metric's sentence (speed50).
func lowerTok(d *figures.Document, k int) string {
	w := d.LowerTokenText(k)
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return strings.ToLower(d.TokenText(k))
		}
	}
	return w
}
