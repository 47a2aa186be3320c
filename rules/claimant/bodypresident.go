package claimant

// A president is a country's office (README convention 8: "Kenyan
// president William Ruto" is the name) and also the head of a society, a
// college or a charity, who speaks for it (convention 1: "Turkish Red
// Crescent president Fatih Ozer said" is the Turkish Red Crescent's).
// namedBodyPost lets "president" after a body's own name of two
// capitalised words or more; bodyPresident tells the body from a
// government's authority or a place.

// bodyPresident reports whether the capitalised name [x, b) before
// "president" names a body of its own: no place, no people, and not
// closed by a government's or an administration's kind ("Palestinian
// Authority", "Regional Council").
func (v *view) bodyPresident(x, b int) bool {
	last := v.toks[b-1].low
	if governments[last] || adminNouns[last] || last == "authority" || v.knownPlace(x, b) {
		return false
	}
	return !v.placeName(x, b)
}

// presidentBody returns the body's name in the phrase [s, e) when a
// lower-case "president" after it is followed by its holder's name
// ("Norwegian Red Cross president Kari Lund"), as namedBodyPost reads it.
func (v *view) presidentBody(s, e int) (int, int, bool) {
	for k := s + 2; k+2 < e; k++ {
		if v.toks[k].low == "president" && !v.toks[k].capital {
			return v.namedBodyPost(s, k, e)
		}
	}
	return 0, 0, false
}
