package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A word the metric rules out names a part the figure holds, not another
// count, when a word of inclusion governs it: after the figure ("about 13
// million, counting those who fled abroad", "including refugees") or in
// the figure's own label or aside before it ("Displaced since April 2023
// (IOM, incl. refugees) | 10.7m", "Sudan's displaced — those uprooted
// within the country together with those who have fled abroad — now number
// 12m"). "not counting" and "without counting" leave the part out, and the
// word then rules the figure out as before.

// inclusionWords is how far before an exclude_near word a word of
// inclusion may stand: "together with those who have fled abroad".
const inclusionWords = 5

// inclusionAt reports whether token k is a word of inclusion: "including",
// "includes", "incl.", "counting" (not "not counting"), "together with",
// "along with".
func inclusionAt(d *figures.Document, k int) bool {
	prev := ""
	if k > 0 {
		prev = d.LowerTokenText(k - 1)
	}
	switch d.LowerTokenText(k) {
	case "including", "includes", "include", "incl":
		return true
	case "counting":
		return prev != "not" && prev != "without"
	case "with":
		return prev == "together" || prev == "along"
	}
	return false
}

// includedBefore reports whether exclude_near hit h stands before the
// figure starting at token fs, within inclusionWords words after a word of
// inclusion in the same clause, with no amount between.
func includedBefore(d *figures.Document, fs int, h hit) bool {
	if h.end > fs {
		return false
	}
	for k, n := h.start-1, 0; k >= 0 && n < inclusionWords; k-- {
		if !d.Tokens[k].IsWord() {
			switch d.TokenText(k) {
			case ",", ";", ":", "|":
				return false
			}
			continue
		}
		if countAt(d, k) {
			return false
		}
		if inclusionAt(d, k) {
			return true
		}
		n++
	}
	return false
}
