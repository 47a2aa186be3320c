package claimant

// People of learning in the plural after a named body and their field,
// "the Met Office's climate scientists", "MSF's epidemiologists", "the
// Kiel Institute's trade economists", speak for the body as its teams do
// ("UNHCR's field team", reduce.go ownerOfTeam) and as "researchers at X"
// do (convention 8): outlets quote different scientists of the same body
// for its count.

// scholarsOwnerEnd returns where the body's name ends, its possessive
// cut, when the token at k, read after the phrase [s, k), is people of
// learning in the plural (tok.scholars: researchers, analysts, any calling
// in -ists) after a capitalised name's possessive, or after a name and one
// or two lower-case words of their field; k when it is not.
func (v *view) scholarsOwnerEnd(s, k int) int {
	t := &v.toks[k]
	if !t.word || t.capital || !t.scholars() || k <= s+1 {
		return k
	}
	// "MSF's epidemiologists": the possessive right before them.
	if v.isOne(k-1, wS) && v.isOne(k-2, wApostrophe) && k-2 > s && v.toks[k-3].capital {
		return k - 2
	}
	if v.isOne(k-1, wApostrophe) && k-1 > s && v.toks[k-2].capital {
		return k - 1
	}
	// ("the UN panel of experts": a body of its own, whose experts
	// they are; a field is no phrase of "of".)
	x := v.ownerOfTeam(s, k)
	for m := x; m < k; m++ {
		if v.toks[m].has(cLink | cPreposition) {
			return k
		}
	}
	return x
}

// placeOwner reports whether the phrase [s, e), a determiner aside, is a
// place's name: "Ukraine's military analysts" are people of no body.
func (v *view) placeOwner(s, e int) bool {
	if v.toks[s].has(cDeterminer) {
		s++
	}
	return s >= e || v.placeName(s, e) || v.knownRegion(s, e)
}
