package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "Before it began" names the start of the event a pronoun points back to,
// as "before the war" does: "8.8 million are displaced by the current
// conflict, in addition to 2.8 million displaced before it began", "the
// 3,400 killed in the east before it started". A running total counts
// from that start, so a count before it is another period's.

// pronounStartAfter reports whether "before" at token k is followed by
// "it" or "this" and a verb of starting in the past: "before it began",
// "before it broke out", "before this started".
func pronounStartAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+2 >= s.TokEnd {
		return false
	}
	if p := d.LowerTokenText(k + 1); p != "it" && p != "this" {
		return false
	}
	switch d.LowerTokenText(k + 2) {
	case "began", "started", "erupted", "broke":
		return true
	}
	return false
}
