package claimant

// A statistics office's, a ministry's or an agency's release is
// headlined by what it measures and how that moved, with no verb:
// "Eurostat: jobless rate flat, youth hiring down 2%", "Bankitalia:
// lending down 3.1% on a year ago". The one word before the colon is
// whoever measured it, though the rules know no such name; a town's
// headline counts what happened there ("Pescara: 40 families moved out",
// "Ostia: 300 beach huts wrecked"), and a measure's rise or fall from one
// period to the next is a release's, not an event's.

// movedMeasure reports whether tokens [i, hi) after a label's colon say
// how a measure moved: a noun, "up" or "down" and a share ("arrivals
// down 60%"; "water level up 2 metres" is what a flood did), or a noun and "flat" ("GDP flat") closing the line or
// before a preposition or a comma.
func (v *view) movedMeasure(i, hi int) bool {
	for m := i + 1; m < hi; m++ {
		t, p := &v.toks[m], &v.toks[m-1]
		if !t.word || t.capital || !p.word || p.num || p.fig || p.has(cDeterminer|cPreposition|cPronoun|cLink) {
			continue
		}
		switch t.low {
		case "up", "down":
			if v.shareAt(m+1, hi) && !v.isVerbLike(m-1) {
				return true
			}
		case "flat":
			if (m+1 == hi || v.toks[m+1].has(cPreposition) || v.isOne(m+1, wComma)) && !v.isVerbLike(m-1) {
				return true
			}
		}
	}
	return false
}
