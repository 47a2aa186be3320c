package claimant

// "About 1.8 million of them have crossed", "Four of the wounded were in a
// serious condition" open with a share of what the sentence before
// counted, and go on with its account (convention 5). A share needs a
// count to be a share of: after "Israel's government says Hamas is hiding
// among civilians.", "Some 1.4 million of those civilians are in Rafah"
// takes up the civilians, not a figure of Israel's, and is the writer's
// own fact (convention 4).

// shareOfUncounted reports whether the sentence opening at lo is a
// figure's share ("N of them", "N of those civilians") and the sentence
// si-1 before it holds no figure at all. "Of those it interviewed, 72 per
// cent ..." after "The IRC surveyed displaced families." is still the
// survey's: whom "those" are is told by who counted them.
func (c *call) shareOfUncounted(si int, v *view, lo int) bool {
	if si < 1 || lo >= len(v.toks) {
		return false
	}
	if !v.figureOfThem(lo) {
		return false
	}
	p := c.d.Sentences[si-1]
	return p.FigStart >= p.FigEnd
}
