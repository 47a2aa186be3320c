package claimant

// A body's unit described by its owner and a lower-case kind, with the
// unit's own name beside it in commas, is that name (convention 8: a
// description beside a name gives way to it, as "Turkey's disaster
// management agency, AFAD," does): "Aldergate Re's research arm, the
// Aldergate Re Institute, estimated", "the bank's research unit, the
// Halvard Institute, said". The description names the owner and what the
// unit is to it; the name is what outlets quoting the unit write.

// unitNameBeside returns the name in the appositive [a, b) beside the
// source [src, srcEnd) when the source is a capitalised owner's possessive
// and a lower-case kind that is no post, office or people ("research
// arm"), and the appositive, after "the", is capitalised words closed by
// a kind of body ("Institute", "Foundation", "Trust").
func (v *view) unitNameBeside(src, srcEnd, a, b int) (int, int, bool) {
	if a >= b || srcEnd-src < 3 {
		return 0, 0, false
	}
	h := &v.toks[srcEnd-1]
	if !h.word || h.capital || h.post() || h.agent() || h.has(cOfficeNoun) || personNoun(h.low) {
		return 0, 0, false
	}
	owned := false
	for k := src; k < srcEnd-1; k++ {
		if v.toks[k].poss && v.toks[k].capital {
			owned = true
		}
	}
	x := a
	if v.isOne(x, wThe) {
		x++
	}
	if !owned || x >= b || !v.allCapitalised(x, b) {
		return 0, 0, false
	}
	// "The Church of Norway's aid arm, Norwegian Church Aid, says": a
	// part's own name beside a part word ("arm", "unit", "division")
	// needs no kind closing it; a part is no person, and its holder is
	// named after a post ("the head of the bank's research unit, Anna
	// Berg"), not after the part (claim51b).
	if !v.toks[b-1].nameKind() && !bodyUnits[h.low] {
		return 0, 0, false
	}
	return x, b, true
}
