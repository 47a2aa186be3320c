package claimant

// In a quote, "its" or "their" owning findings is never the speaker's own
// (that would be "our"): it takes up a configured body named earlier in
// the sentence. "“We rely on the figures that come from the ministry of
// health in Gaza, and by their count 42,000 have died,” a WHO spokesman
// said" is the ministry's (convention 2), not the WHO's. Only configured
// claimants are taken up: an unlisted name before the pronoun is as often
// a place or a thing the findings are about.

// possessorBefore returns the configured claimant named last in tokens
// [lo, k), with its words.
func (c *call) possessorBefore(v *view, lo, k int) (Claimant, bool) {
	for i := k - 1; i >= lo; i-- {
		if v.toks[i].aliases == 0 {
			continue
		}
		id, n := c.aliasStarting(v, i, i, k, 0)
		if n == 0 {
			continue
		}
		e := i
		for words := 0; e < k && words < n; e++ {
			if v.toks[e].word || v.toks[e].num {
				words++
			}
		}
		return c.claimant(v, i, e, id), true
	}
	return Claimant{}, false
}

// possessivePronounFindings reports whether attribution a is findings
// owned by "its" or "their" alone: "by their count", "its toll".
func (v *view) possessivePronounFindings(a attr) bool {
	return a.kind == kFindings && a.srcEnd-a.src == 1 && v.is(a.src, wIts, wTheir)
}
