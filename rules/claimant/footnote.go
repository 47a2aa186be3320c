package claimant

// A figure's phrase may carry a footnote's asterisk, and the next line
// open with the asterisk and say whose the figure is: "Nearly 4 million
// children* in Sudan are acutely malnourished. *Unicef's estimate, as of
// October.", "Syria: 5,951 dead*. *Figure from the UN's humanitarian
// office." The mark ties the note to the figure, ahead of a sentence
// before that announces figures: the note's findings name their owner or
// maker; a note that only qualifies ("*Includes the missing.") names no
// one.

// footnoteSource reads the footnote after sentence si for the figure at
// token ft of its view v: an asterisk a few tokens after the figure, and
// the next sentence opening on one, then findings and their owner or maker
// ("Unicef's estimate", "Figure from X", "Data: X").
func (c *call) footnoteSource(si int, v *view, ft int) (Claimant, bool) {
	if si+1 >= len(c.d.Sentences) || !v.starAfter(ft) {
		return Claimant{}, false
	}
	nv := c.view(si + 1)
	if len(nv.toks) < 3 || nv.toks[0].low != "*" {
		return Claimant{}, false
	}
	for _, a := range nv.attributions(1, len(nv.toks)) {
		// The note's findings open it: "Unicef's estimate", "Figure
		// from", not a clause further on.
		if a.kind != kFindings && a.kind != kFrame || min(a.src, a.anchor) > 4 {
			continue
		}
		cl, ok := c.name(nv, a)
		if !ok {
			continue
		}
		cl.How = Next
		return cl, true
	}
	return Claimant{}, false
}

// starAfter reports whether an asterisk follows the figure at token ft
// within its phrase: "5,951 dead*", "4 million children*".
func (v *view) starAfter(ft int) bool {
	for k := ft + 1; k < len(v.toks) && k <= ft+4; k++ {
		if v.toks[k].low == "*" {
			return true
		}
		if v.boundary(k) {
			return false
		}
	}
	return false
}
