package claimant

// A headline's or a live line's label that names a kind of finding alone:
// "Poll: 41% of Danes back a defence tax", "Survey: 62% of nurses plan to
// quit", "09:14 – POLL: Labour on 34%". The label says the figure is a
// poll's, not an official count's, as "Exit poll:" does (pollkind.go), and
// is the claimant as written (README convention 4, ruled on 2026-12-06:
// "Poll:" as "Exit poll:", 2 to 0 in the dev files). A label that names a
// topic ("Count:", "Gaza:", "Turnout:") is no finding's kind and stays a
// topic; a findings word inside a longer label ("Poll panel:", "Survey
// ship:") is another thing's name.

// labelFindings are the findings nouns a label names a kind of finding by:
// a poll, a survey or a study, taken by someone the label does not name.
var labelFindings = set("poll polls survey surveys study")

// findingsLabel reports whether the findings noun at i is a label of its
// own: capitalised, opening the line (lo, or after a live blog's stamp or
// a kicker's mark) and closed by a colon.
func (v *view) findingsLabel(i, lo int) bool {
	if i < lo || i+1 >= len(v.toks) || !v.isOne(i+1, wColon) {
		return false
	}
	t := &v.toks[i]
	if !t.word || !t.capital || !labelFindings[t.low] {
		return false
	}
	if i != lo && (v.toks[i-1].word || v.toks[i-1].num || v.isOne(i-1, wApostrophe)) {
		return false
	}
	// "Survey: 61% of Colombians feel less safe – Invamer": a maker named
	// closing the line is whose the survey is, and the label only says
	// what kind of finding it made.
	// So is a source a closing verb names: "..., says Epinion", "...,
	// Red C finds".
	for k := i + 2; k < len(v.toks); k++ {
		if !v.comma(k) {
			continue
		}
		for m := k + 1; m < len(v.toks) && m <= k+4; m++ {
			if v.toks[m].report {
				return false
			}
		}
	}
	return len(v.closingHeadlineSource(lo, len(v.toks), nil)) == 0
}
