package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// headOfParticiple reports whether exclude_near hit h is the noun a
// participle keyword of role r hangs on: "the number of children [reported]
// killed in Gaza has passed 17,000", "Women killed in Gaza number more than
// 10,000". The participle says what befell the noun, and the figure counts
// the noun: a subgroup however much nearer the keyword stands. If so it
// returns how far that keyword is from the figure (fs, fe its tokens): h
// qualifies the figure as near as its keyword does.
func headOfParticiple(d *figures.Document, hits []hit, h hit, r role, fs, fe int) (int, bool) {
	if h.end >= len(d.Tokens) || !d.Tokens[h.end-1].IsWord() {
		return 0, false
	}
	for _, k := range hits {
		if k.ref.role != r || k.end-k.start != 1 || k.start < h.end || k.start-h.end > 2 {
			continue
		}
		w := d.LowerTokenText(k.start)
		if !strings.HasSuffix(w, "ed") || !isLowerWord(d.TokenText(k.start)) {
			continue
		}
		between := true
		for t := h.end; t < k.start; t++ {
			if !reportingParticiple(d.LowerTokenText(t)) {
				between = false
				break
			}
		}
		if between {
			return wordGap(d, fs, fe, k.start, k.end), true
		}
	}
	return 0, false
}

// reportingParticiple reports whether w may stand between a noun and the
// participle that says what befell it, as the way it is known: "children
// reported killed", "journalists confirmed killed", "civilians verified as
// killed".
func reportingParticiple(w string) bool {
	switch w {
	case "reported", "reportedly", "confirmed", "verified", "recorded", "documented", "registered", "known", "believed", "as":
		return true
	}
	return false
}
