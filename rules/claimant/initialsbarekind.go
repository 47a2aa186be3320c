package claimant

// A body's initials after "the", then a lower-case kind of body, with or
// without words saying what it does: "the GMB union", "the SAMU emergency
// service", "the EMAS rescue group". The initials are the name and the
// kind is a descriptor after it (convention 8, as "the White Helmets
// rescue group" is "White Helmets"): another outlet writes "GMB" alone or
// "the GMB, Britain's general union". The dev files write such initials
// alone 9 times to 1 with a description ("the INDEC statistics agency",
// "the CVVM polling institute", "the AFAD disaster agency"; dev6's "the
// SBU security service" brought into line) and 4 to 0 bare ("the WIFO
// institute", "the UNHCR team"). initialsKindAt reads the shape for the
// kinds a name closes on; this reads it for every kind of body, the kinds
// of descriptor after a name and a union's.
//
// Initials that are a place ("the US weather service", "the EU border
// agency") say whose the body is, and the phrase stays whole; so does a
// phrase naming the people a body gathers ("the KLM pilots union", as in
// initialskind.go).

// initialsBareKindEnd returns where the initials' name ends in the phrase
// [s, e) when the phrase is such initials and a kind; e when it is not.
func (v *view) initialsBareKindEnd(s, e int) int {
	n := e - 1
	if n-1 < s {
		return e
	}
	last := &v.toks[n]
	if !last.word || last.capital || last.num || !(last.nameKind() || last.has(cDescriptorKind) || oneNameKindIDs.has(&last.spelling) || workKindIDs.has(&last.spelling)) {
		return e
	}
	k := n - 1
	// "the FNSEA farmers' union", "the GDL train drivers' union": the
	// people a union gathers, in a possessive, say what the body is, and
	// give way to the initials as a description does (dev128 writes all
	// three so); "the KLM pilots union" with no apostrophe stays whole
	// (initialskind.go).
	owners := false
	if v.isOne(k, wApostrophe) && k-1 > s && v.toks[k-1].gatheredPeople() {
		owners = true
		k--
	}
	for k > s && k >= n-3 && v.kindModifier(k) {
		if v.toks[k].gatheredPeople() && !(owners && k == n-2) {
			return e
		}
		k--
	}
	if k < s || k == 0 || !v.isOne(k-1, wThe) || !v.initialsAt(k) || v.toks[k].poss || v.placeName(k, k+1) || v.knownPlace(k, k+1) || demonym(v.toks[k].low) {
		return e
	}
	return k + 1
}

// kindModifier reports whether token k is a lower-case word that may say
// what a body does before its kind ("emergency", "statistics",
// "traffic"): inside a subject's phrase, a noun or an adjective, no link,
// article, pronoun or post.
func (v *view) kindModifier(k int) bool {
	t := &v.toks[k]
	return t.word && !t.capital && !t.num && !t.fig && !t.has(cLink|cDeterminer|cPronoun) && !t.post() && !v.isOne(k, wAnd)
}
