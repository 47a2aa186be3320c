package claimant

// A host names the guest's own figure as the thing it counts, in a
// contact clause: "ANCHOR: So the 900 places you announced in May are all
// taken?", "HOST: The 300 posts you promised, are they filled?". As with
// "the number you told us" (hostgiven.go), the host relays (convention
// 2): the figure is the guest's. Only "the", "those" or "these" before the
// figure, one noun after it, then "you" and a verb of saying or giving
// count; a "you" that did something else to the things ("the 40 homes you
// lost") is read as before.

// hostYourFigure reports whether the figure at token ft opens such a
// phrase.
func (v *view) hostYourFigure(ft int) bool {
	if ft < 1 || !v.is(ft-1, wThe, wThose, wThese) {
		return false
	}
	for k := ft + 1; k+2 < len(v.toks) && k <= ft+2; k++ {
		t := &v.toks[k]
		if !t.word || t.capital || t.num || v.isVerbLike(k) {
			continue
		}
		if v.isOne(k+1, wYou) && (v.toks[k+2].report || givenVerbs[v.toks[k+2].low]) {
			return true
		}
		return false
	}
	return false
}
