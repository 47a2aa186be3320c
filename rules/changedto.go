package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total is often told as the level a change brought it to,
// with the change's own span between: "the death toll had risen by 97
// over the previous 24 hours to 41,788", "the toll climbed in the
// preceding day to 34,262", "rose to 41,788 over the previous 24 hours".
// The span dates the change (the 97), not the level: the level is the
// total now. A span put before something ("in the eight years before the
// invasion") still dates the level, and a clause of its own ("79 were
// killed over the previous day, lifting the toll to 34,262") was never
// read as the level's (spanBefore stops at the comma).

// levelChangedTo reports whether figure fi of sentence s is the level a
// change reached: "to" right before it, and a verb or noun of change
// (changeVerb: "risen", "climbed", "a rise") earlier in its clause, at
// most levelChangeWords tokens back, past any figure of the change's
// own ("by 97").
func levelChangedTo(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if fs-1 <= s.TokStart || d.LowerTokenText(fs-1) != "to" {
		return false
	}
	for k := fs - 2; k >= s.TokStart && k >= fs-1-levelChangeWords; k-- {
		switch w := d.LowerTokenText(k); {
		case isClauseMark(w):
			return false
		case changeVerb(w):
			return true
		}
	}
	return false
}

// levelChangeWords is how far back from the "to" a level's change verb
// may stand: "had risen by 97 over the previous 24 hours to" is nine.
const levelChangeWords = 12

// recentSpanAt reports whether token k, where spanBeforeAt found a span,
// holds a span that runs up to now rather than one put before something:
// "previous" or "preceding" with its unit after it ("the previous 24
// hours", "the preceding day"), not after its unit ("the eight years
// preceding the invasion").
func recentSpanAt(d *figures.Document, s *figures.Sentence, k int) bool {
	switch d.LowerTokenText(k) {
	case "previous", "preceding":
		return k == s.TokStart || !spanUnit(d.LowerTokenText(k-1))
	}
	return false
}
