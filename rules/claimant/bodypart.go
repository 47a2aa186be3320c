package claimant

// A part of a named institution, written after its name: "the Nasser
// Hospital morgue", "the Al-Shifa hospital emergency room", "the Kyiv
// University forensic lab". The part is where people of the institution
// work; what they count the institution reports, and outlets name the
// institution (README convention 8: "the emergency department at Al-Aqsa
// Martyrs Hospital" is the hospital).

// institutionBeforePart returns where the institution's name ends in the
// phrase [s, e) when it closes on one or two lower-case words naming a
// part of it after a capitalised name closed by a kind of institution
// ("Hospital", "hospital"); e when the phrase is no such thing.
func (v *view) institutionBeforePart(s, e int) int {
	for n := e - 1; n >= e-2 && n > s; n-- {
		t := &v.toks[n]
		// ("The hospital trust", "the school board": a kind of body
		// after the institution's kind is a body of its own, no part.)
		if !t.word || t.capital || t.post() || t.has(cStaff|cFieldPeople|cFindingNoun) || t.agent() || t.inLexicon() || t.has(cBody|cNameKind) {
			return e
		}
		// (A sentence's capitalised "The" is no name.)
		k := &v.toks[n-1]
		if k.word && k.has(cInstitution) && n-2 >= s && v.toks[n-2].capital && !v.toks[n-2].has(cDeterminer) {
			return n
		}
	}
	return e
}
