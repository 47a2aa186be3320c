package claimant

// "We've just had the latest from Ukraine's State Emergency Service. The
// death toll in Dnipro has risen to 40": a writer or a programme who had,
// got or received news from a source announces the figures after it, and
// the source is who says them. The subject ("we") relays; "the latest",
// an update or figures "from" a source name whose they are.

// newsFrom returns the source named after "from" that follows "the
// latest", an announcement's noun or a findings noun anywhere in the
// view's words [lo, end): "the latest from X", "an update from X", "new
// figures from X". False when none is named (a capital or a determiner
// opens it).
func (c *call) newsFrom(v *view, lo int) (Claimant, bool) {
	for k := lo + 1; k+1 < len(v.toks); k++ {
		if !v.isOne(k+1, wFrom) {
			continue
		}
		t := &v.toks[k]
		// "We've just heard from the UN monitoring mission": news heard
		// from a source, as "the latest from" it.
		if !(v.isOne(k, wLatest) && v.isOne(k-1, wThe) || t.word && !t.capital && (t.has(cAnnouncement|cFindingNoun) || t.backNoun() || t.low == "heard" || t.low == "hearing")) {
			continue
		}
		x, y := v.npAfter(k+2, len(v.toks))
		if y <= x || !v.toks[x].capital && !v.toks[x].has(cDeterminer) {
			continue
		}
		// "We had the latest from Wimbledon", "from Anfield": one
		// capitalised word that no alias names and no initials spell is
		// a place or a venue the news is about, not who gives it.
		if _, known := c.lookup(v, x, y); y-x == 1 && !known && !v.toks[x].shouted {
			continue
		}
		return c.name(v, attr{src: x, srcEnd: y, anchor: k + 1, kind: kFrame})
	}
	// ("We've just had the Kyiv military administration's morning
	// update": newsowner.go.)
	return c.ownedNews(v, lo)
}
