package claimant

// ownedThing reads the phrase [x, y), the object of a first-person
// sentence that a pronoun in the next takes up, as a named owner's
// possessive before a thing in lower case: "the Harbour Authority's
// monthly cargo returns", "the Port Board's internal ledgers". What the
// writer obtained, read or was sent speaks for its owner, as the owner's
// findings do (documentOwner), whatever noun heads it; it returns the
// owner. A person or a post after the possessive ("the mayor's deputy",
// "the Red Cross's nurses") is no thing, and is read as before, and so is
// an owner in lower case ("the council's files").
func (v *view) ownedThing(x, y int) (int, int, bool) {
	if y-x < 3 {
		return 0, 0, false
	}
	h := &v.toks[y-1]
	if !h.word || h.capital || agentNoun(h.low) || personNoun(h.low) || h.post() || h.has(cStaff|cPronoun) {
		return 0, 0, false
	}
	a, b, ok := v.possessedOwner(x, y)
	if !ok || b <= a || !v.toks[b-1].capital || v.toks[a].has(cPronoun) || v.placeName(a, b) {
		return 0, 0, false
	}
	// Only lower-case words stand between the possessive and the head.
	for k := v.possEnd(b - 1); k < y-1; k++ {
		if t := &v.toks[k]; !t.word || t.capital {
			return 0, 0, false
		}
	}
	return a, b, true
}
