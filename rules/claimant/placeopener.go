package claimant

// A sentence may open on where, with no comma after it, before its
// subject: "In north-west Syria the White Helmets rescue group recorded
// 2,274 deaths", "Across Idlib the civil defence counted 310". The
// determiner after the place opens the subject; "Save the Children", a
// name with "the" between two capitalised words, opens on no place.

// placeOpener reports whether the determiner at token i follows a place
// the rules know, capitalised, that a preposition opening the sentence
// governs: "In Syria the", "In north-west Syria the".
func (v *view) placeOpener(i, lo int) bool {
	p := i - 1
	if p < lo || !v.toks[p].capital || !v.placeName(p, i) {
		return false
	}
	// Back over the place's own words: "north-west", "eastern".
	k := p - 1
	for k >= 0 && k > p-4 && (v.toks[k].word && !v.toks[k].has(cPreposition) || v.isOne(k, wDash) && !v.toks[k].space) {
		k--
	}
	return k >= 0 && v.toks[k].has(cPreposition) && v.toks[k].capital && (k == 0 || v.pastStamp(0) == k)
}
