package claimant

// A post "of" a body speaks for the body (convention 8): "the head of the
// Suez Canal Authority" is the authority. A regional body is often named
// by its place and its initials, with no kind to close the name ("the
// West Sumatra BPBD", "the Central Java BPBD"), and a press that writes
// English as a second language titles the post in capitals with no
// article ("said Head of the West Sumatra BPBD, Rudy Rinaldy"). Both are
// the same post of the same body.

// placedInitials reports whether the body's name [p, q) closes on
// initials after capitalised words: "West Sumatra BPBD", "Central Java
// BPBD", "the Jakarta MRT".
func (v *view) placedInitials(p, q int) bool {
	if p < q && v.toks[p].has(cDeterminer) {
		p++
	}
	if q-p < 2 {
		return false // the length first: [p, q) may be empty at the view's start
	}
	if last := &v.toks[q-1]; !last.word || !last.shouted || len(last.low) < 2 || len(last.low) > 6 {
		return false
	}
	return v.allCapitalised(p, q-1)
}

// titledPostOf reports whether the word at k is a post capitalised as a
// title, opening the phrase at s before "of the": "Head of the West
// Sumatra BPBD". (A capitalised word carries no class of its own: it is
// looked up in lower case.)
func (v *view) titledPostOf(s, k int) bool {
	t := &v.toks[k]
	return k == s && t.capital && !t.shouted && t.has(cStaff|cPost) && v.isOne(k+2, wThe)
}

// titledPostOfNamed returns where the body starts in the phrase [s, e)
// when a titled post opens it ("Head of the West Sumatra BPBD", "Director
// of the Riau Forestry Agency"): the body's capitalised name closing on
// its kind or on initials after its place.
func (v *view) titledPostOfNamed(s, k, e int) (int, bool) {
	if !v.titledPostOf(s, k) || !v.isOne(k+1, wOf) {
		return 0, false
	}
	p := k + 3 // past "of the"
	if p >= e || !v.allCapitalised(p, e) {
		return 0, false
	}
	// ("Head of the West Sumatra BPBD": its place's name is no place.)
	if v.placedInitials(p, e) {
		return p, true
	}
	if !nameKind(v.toks[e-1].low) || v.placeName(p, e) || v.knownPlace(p, e) {
		return 0, false
	}
	return p, true
}
