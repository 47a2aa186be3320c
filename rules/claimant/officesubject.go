package claimant

// A sentence's source may open in lower case with an office before its
// holder's name: "Russian missiles killed 14 people in Odesa, regional
// governor Oleh Marchenko said. Another 46 were wounded". The next
// sentence going on with the account takes up that source, as it would
// "the governor" or "Oleh Marchenko"; so does people named by an agent
// noun ("..., local residents said.", "..., rescuers said."). A findings
// noun's adjective ("gave a bleak assessment") is still nobody.

// officeBeforeName reports whether the phrase [s, e) is an office held by
// the name closing it (officeHeadName), a post and a person's name, or
// people of an agent noun in a few words.
func (v *view) officeBeforeName(s, e int) bool {
	if e-s <= 3 && agentNoun(v.toks[e-1].low) && !v.toks[e-1].capital {
		return true
	}
	if _, ok := v.officeHeadName(s, e); ok {
		return true
	}
	for k := s; k+1 < e; k++ {
		if t := &v.toks[k]; t.word && !t.capital && (t.post() || t.has(cOffice)) {
			return e-(k+1) >= 2 && e-(k+1) <= 4 && v.personName(k+1, e)
		}
	}
	return false
}
