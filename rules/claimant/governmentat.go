package claimant

// claim113: people at a government named by its place speak for it, as
// people at a named body do (convention 8): "Officials at the Ishikawa
// prefectural government say", "Officials of the North Kivu provincial
// government". The place's name is what makes the government one body,
// as a proper name makes a hospital one; "officials at the government"
// name no one in particular, and keep their phrase.

// governmentOfPlace reports whether the phrase [n, y) after people at k
// ("Officials", "staff") is a government named by its place: it ends on a
// government's word in lower case ("government", "administration") and
// opens on a capitalised word that is no determiner, with at most one word
// of its level between ("prefectural", "city", "provincial").
func (v *view) governmentOfPlace(k, n, y int) bool {
	if !v.toks[k].has(cPeopleAt) || y-n < 2 || y-n > 4 {
		return false
	}
	h := &v.toks[y-1]
	if !h.word || h.capital || !h.has(cGovernment) {
		return false
	}
	f := &v.toks[n]
	if !f.word || !f.capital || f.has(cDeterminer) {
		return false
	}
	for m := n + 1; m < y-1; m++ {
		if t := &v.toks[m]; !t.word || t.capital && m > n+1 {
			return false
		}
	}
	return true
}
