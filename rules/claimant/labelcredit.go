package claimant

// A digest's line credits the service it came through in brackets before
// its colon: "• Sudan (via Gulf Dispatch Agency): the Sudanese Armed
// Forces said they had killed 140 RSF fighters", "• Ukraine (via
// Rhein-Depesche, citing Ukrinform): ...". The credit covers the line as a
// relay's verb does, the outermost source: an attribution in the line's
// own words that covers the figure is nearer and wins; with none, the
// credit's innermost source names it ("Key numbers (via OCHA): 1.1 million
// ...", "(via X, citing Y)": Y).

// creditDist is the distance choose gives a line's credit: past any
// attribution in the line's words, nearer the later the credit's word.
const creditDist = 1 << 29

// maxCreditOpen is how many tokens may stand before a credit's bracket at
// the line's start: a bullet and a topic of a few words ("• Sudan",
// "Key numbers").
const maxCreditOpen = 4

// lineCredit reports whether attribution a sits in a label's brackets
// opening the line and closed right before the label's colon.
func (v *view) lineCredit(a attr) bool {
	if !v.brackets || !v.toks[a.anchor].word && !v.isOne(a.anchor, wOpenBracket) {
		return false
	}
	open := -1
	for k := a.anchor; k >= 0 && k >= a.anchor-8; k-- {
		if v.isOne(k, wOpenBracket) {
			open = k
			break
		}
		if v.is(k, wColon, wCloseBracket) {
			return false
		}
	}
	if open < 1 || open > maxCreditOpen {
		return false
	}
	for k := max(a.srcEnd, a.anchor+1); k < len(v.toks) && k <= a.srcEnd+2; k++ {
		if v.isOne(k, wCloseBracket) {
			return v.isOne(k+1, wColon)
		}
	}
	return false
}
