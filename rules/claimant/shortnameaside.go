package claimant

// A comma aside may hold a body's full name and its short name in
// brackets: "Selin Aksoy, a spokeswoman for the Disaster and Emergency
// Management Authority (AFAD), said". The brackets are the name's, no
// boundary of the aside (shortname.go reads what a short name is).

// shortNameInAside returns the token before the opening bracket when the
// closing bracket at k ends a short name after a full name, read back to
// no further than lo; -1 when it does not.
func (v *view) shortNameInAside(k, lo int) int {
	if !v.isOne(k, wCloseBracket) {
		return -1
	}
	for m := k - 1; m > lo && m >= k-maxShortName-2; m-- {
		if !v.isOne(m, wOpenBracket) {
			continue
		}
		if _, y, ok := v.shortNameAt(max(lo, m-maxAbbreviatedWords), m); ok && y == k {
			return m - 1
		}
		return -1
	}
	return -1
}
