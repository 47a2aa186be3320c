package claimant

// A headline's or a live line's label that names a kind of finding alone:
// "Poll: 38% of Norwegians want the wealth tax scrapped", "Survey: 57 per
// cent of junior doctors considering emigration", "14:20 – POLL: Greens
// at 11%". The label says the figure is a
// poll's, not an official count's, as "Exit poll:" does (pollkind.go), and
// is the claimant as written (README convention 4, ruled on 2026-12-06:
// "Poll:" as "Exit poll:", 2 to 0 in the dev files). A label that names a
// topic ("Count:", "Gaza:", "Turnout:") is no finding's kind and stays a
// topic; a findings word inside a longer label ("Poll panel:", "Survey
// ship:") is another thing's name.

// labelFindings are the findings nouns a label names a kind of finding by:
// a poll, a survey or a study, taken by someone the label does not name.
var labelFindings = set("poll polls survey surveys study studies")

// findingsLabelFallback returns, for a figure at byte start of sentence si
// that the finder gave no claimant, the line's opening label when it names
// a kind of finding: the label is the claimant of last resort, so a
// maker, a source or a verb of claim anywhere in the line (", according to
// Voxmeter", "– Amárach Research", ", the Royal College of Midwives said") owns
// the figure first (review50 MUST 1).
func (c *call) findingsLabelFallback(si, start int) (Claimant, bool) {
	v := c.view(si)
	for i := 0; i < len(v.toks) && i < 6; i++ {
		if v.toks[i].word {
			if !v.findingsLabel(i) || v.toks[i+1].end > start {
				return Claimant{}, false
			}
			cl := c.claimant(v, i, i+1, "")
			cl.How = InSentence
			return cl, true
		}
	}
	return Claimant{}, false
}

// findingsLabel reports whether the word at i, the line's first (after a
// live blog's stamp or a kicker's mark), is a findings noun of a label's
// kind, capitalised and closed by a colon.
func (v *view) findingsLabel(i int) bool {
	if i+1 >= len(v.toks) || !v.isOne(i+1, wColon) {
		return false
	}
	t := &v.toks[i]
	return t.word && t.capital && labelFindings[t.low]
}
