package claimant

// A speaker may say in her own line where a figure she gave comes from:
// "SAMI NASSER, OXFAM: About 300 trucks are stuck at the border. That
// number comes from the Egyptian Red Crescent.", "DR. LEILA FARHAT: ...
// the figure of 500 children I gave you, that is not mine. That comes from
// UNICEF's team in Gaza." The pointer back names the innermost source
// (convention 2), as it does after a sentence of prose; the speaker only
// relays it. Only a pointer is read: a next sentence of her own that
// attributes another figure leaves hers to her.

// pointerInLine returns the source a pointer back names in the sentence
// after si, when that sentence is in the same speaker's line (no label
// opens it).
func (c *call) pointerInLine(si int) (Claimant, bool) {
	ni := si + 1
	if ni >= len(c.d.Sentences) {
		return Claimant{}, false
	}
	at := c.d.Sentences[ni].Start
	ls, le := c.lineBounds(c.d.Sentences[si].Start)
	if at < ls || at >= le || opensLabel(c.d.Text[at:le]) {
		return Claimant{}, false
	}
	v := c.view(ni)
	if cl, ok := v.pointerSource(c); ok {
		return cl, true
	}
	if cl, ok := c.pointsBack(v); ok {
		return cl, true
	}
	return c.itComesFrom(ni)
}
