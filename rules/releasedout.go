package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A headline tells a release without its verb: "3 Israelis out, 183
// Palestinians freed", "Four hostages home, 120 prisoners out as truce
// holds". "Out" or "home" right after a figure's noun, closing its clause,
// is an act of freeing as "freed" is (tellsSwap). "Turnout out", "5
// players out injured" and "out of Gaza" go on past the word, and are none.

// releasedOut reports whether the word at token k of sentence s is "out"
// or "home" right after the noun of a figure ("3 Israelis out"), and a
// break or the sentence's end follows it.
func releasedOut(d *figures.Document, s *figures.Sentence, k int) bool {
	if w := d.TokenText(k); !strings.EqualFold(w, "out") && !strings.EqualFold(w, "home") {
		return false
	}
	if k-2 < s.TokStart || figureEndingAt(d, s, k-1) < 0 || !d.Tokens[k-1].IsWord() {
		return false
	}
	if k+1 >= s.TokEnd {
		return true
	}
	switch d.TokenText(k + 1) {
	case ",", ";", ":", "—", "–", ".":
		return true
	}
	return strings.EqualFold(d.TokenText(k+1), "as") // "... out as truce holds"
}
