package claimant

// A place's office written as a title before its holder's name is held by
// the name (convention 8), whatever the office is called: "Maricopa
// County Recorder Dana Holloway", "Harris County Judge Lina Hidalgo",
// "Kherson Governor Oleksandr Prokudin", as "regional governor Oleh
// Kiper" is. The office is one capitalised word after a place the rules
// know or shaped as one ("Maricopa County"), and the name after it two or
// three capitalised words; "Maricopa County Elections Department" names
// no person, and a body's post ("Oxfam Director Jane Doe") is read by
// orghead.go.

// placedTitleHolder returns where the holder's name starts in [s, e) when
// a place and one capitalised office word stand before it.
func (v *view) placedTitleHolder(s, e int) (int, bool) {
	for s < e && v.toks[s].has(cDeterminer) {
		s++
	}
	for p := s + 1; p+2 < e+1 && p < e; p++ {
		// ("Gabriella Cázares-Kelly": a hyphen joins two words of one.)
		n := 0
		for k := p + 1; k < e; k++ {
			if v.toks[k].word && !(k > p+1 && v.isOne(k-1, wDash) && !v.toks[k].space) {
				n++
			}
		}
		if n < 2 || n > 3 {
			continue
		}
		t := &v.toks[p]
		// ("Khartoum Emergency Response Rooms": an abstract noun is no
		// office a person holds, and opens a body's name.)
		// "County Auditor Beth Langley", "City Manager Greg Ames": a
		// place's noun alone, capitalised, scopes the office as a named
		// place does; the place goes without saying in local copy
		// (claim112, placedUnit).
		unit := v.placedUnit(s, p)
		if !t.word || !t.capital || t.shouted || t.nameKind() || placeKindIDs.has(&t.spelling) || abstractNoun(t.low) || !unit && !v.placeName(s, p) {
			continue
		}
		// ("East Nile Emergency Response Room": a place only shaped as
		// one by its direction opens a body's name.)
		if !unit && !placeNouns[v.toks[p-1].low] && !v.knownPlace(s, p) {
			continue
		}
		if v.personName(p+1, e) && !v.forceInName(p+1, e) {
			return p + 1, true
		}
	}
	return 0, false
}

// forceInName reports whether a word of [s, e) names a force or a service
// ("Sudan Liberation Movement-Army"): a body's name, no person's.
func (v *view) forceInName(s, e int) bool {
	for k := s; k < e; k++ {
		if w := v.toks[k].low; forceKinds[w] || serviceKinds[w] {
			return true
		}
	}
	return false
}
