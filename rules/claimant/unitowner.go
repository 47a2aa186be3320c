package claimant

// A company or an agency speaks through its units as through its posts
// (convention 8): "San Miguel Corporation's tollways unit", "Equinor's
// renewables division", "the Red Cross's tracing unit". The unit is what
// the body calls a part of itself, named in lower case after the body's
// possessive; the body is the claimant. A place's unit ("Kharkiv's police
// unit") is read as written, and so is an institution's, which does its
// own work ("the University of Nairobi's conflict unit"); a place's
// department is a government's body in its own right ("Bihar's disaster
// management department"), no unit.

// bodyUnits are the kinds of part a body names itself by. (A movement's
// "armed wing" or "political wing" is a body of its own, written so.)
var bodyUnits = set("unit units division arm branch")

// unitOwner returns the body whose possessive opens the phrase [s, e)
// closed by a unit in lower case, perhaps with words of what the unit does
// between ("tollways", "renewables", "tracing").
func (v *view) unitOwner(s, e int) (int, int, bool) {
	if e-s < 4 {
		return 0, 0, false // the length first: [s, e) may be empty at the view's start
	}
	if last := &v.toks[e-1]; !last.word || last.capital || !bodyUnits[last.low] {
		return 0, 0, false
	}
	k := e - 2
	for k > s && k >= e-4 && v.plainModifier(k) {
		k--
	}
	x, y, ok := v.possessor(k, s)
	if !ok || x < s || y <= x {
		return 0, 0, false
	}
	// ("the IDF spokesperson's unit": a post's unit is its body's,
	// read elsewhere.)
	if !v.named(x, y) || v.placeOwner(x, y) || v.placeName(x, y) || v.knownPlace(x, y) || !v.toks[y-1].capital && v.toks[y-1].post() {
		return 0, 0, false
	}
	// ("the University of Nairobi's conflict unit": an institution's
	// unit does its own work, and is written whole.)
	for m := x; m < y; m++ {
		if v.toks[m].has(cInstitution) {
			return 0, 0, false
		}
	}
	return x, y, true
}
