package claimant

// A translated press names a body's spokespeople by the office they work
// in: "the press service of the Poltava regional military administration
// noted", "the press centre of the Operational Command South reported",
// "the media office of the State Emergency Service said". The office
// speaks for its body, as "a spokesman for X" does (convention 1); the
// office of a person ("the press office of the president", "the office
// of the regional governor") keeps its words, since a post's holder is
// written by name and the office is not the person.

// pressKinds are the offices that speak for the body they belong to.
var pressKinds = set("service office centre center department")

// pressServiceOf returns where the body starts when the phrase [s, e) is
// a press or media office "of" a body that no post heads.
func (v *view) pressServiceOf(s, e int) (int, bool) {
	k := s
	for k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	if k+3 >= e || v.toks[k].capital && !v.toks[k].shouted || !(v.isOne(k, wPress) || v.toks[k].low == "media") || !pressKinds[v.toks[k+1].low] || !v.isOne(k+2, wOf) {
		return 0, false
	}
	x := k + 3
	last := &v.toks[e-1]
	if last.post() || last.has(cOfficeNoun|cRankTitle|cPronoun) || !last.word {
		return 0, false
	}
	return x, true
}

// pressServiceOwned returns the body whose press or media office closes
// the phrase [s, e) after the body's possessive: "the football
// federation's media office said", "the ministry's press office told us".
// The office speaks for its body as "the media office of X" does; a
// post's or a person's office ("the president's press office", "the
// governor's media office") keeps its words.
func (v *view) pressServiceOwned(s, e int) (int, int, bool) {
	k := e - 2
	if k-2 <= s || !(v.isOne(k, wPress) || v.toks[k].low == "media") || !pressKinds[v.toks[e-1].low] || v.toks[k].capital && !v.toks[k].shouted {
		return 0, 0, false
	}
	p := k - 2
	if !v.isOne(p, wApostrophe) || !v.isOne(p+1, wS) {
		return 0, 0, false
	}
	owner := &v.toks[p-1]
	if !owner.word || owner.post() || owner.has(cOfficeNoun|cRankTitle|cPronoun) || personNoun(owner.low) {
		return 0, 0, false
	}
	return s, p, true
}
