package claimant

// A titled person is named with her title before the name and her body or
// place after it, joined by "of": "Councillor Ria Ramdial of the
// Penal/Debe Regional Corporation", "Headmistress Sandra Fraser of the
// Anna Regina Secondary School", "Pastor Winston Beckford of the Bethel
// Baptist Church in Savanna-la-Mar". The title says which: an office of
// government (a councillor, a mayor, a senator) is held by the person,
// who speaks by name whatever the body or place after "of" (README
// convention 8); a post or a calling in a named body ("Director",
// "Pastor", "Headmistress") is held for the body, which speaks
// (convention 1), with its proper name's place cut. A head's title
// ("President", "Chief", "Commissioner") heads an organisation as often as
// a government, and is left to the readings before.

// titledNameOf returns the span a titled name with "of" after it is written
// by, in the phrase [s, e): the holder's name or the body.
func (v *view) titledNameOf(s, e int) (int, int, bool) {
	for m := s + 3; m+1 < e && m <= s+7; m++ {
		if !v.isOne(m, wOf) || v.toks[m].capital {
			continue
		}
		n, ok := v.titleBeforeName(s, m)
		if !ok {
			return 0, 0, false
		}
		title := &v.toks[n-1]
		if title.has(cOfficeNoun) && !headOffices[title.low] {
			return n, m, true
		}
		if !title.post() && !calling(title.low) || title.has(cOfficeNoun) {
			return 0, 0, false
		}
		o := m + 1
		if v.isOne(o, wThe) {
			o++
		}
		p := v.namePlace(o, e)
		if p <= o || !v.toks[o].capital || !v.toks[p-1].capital || !v.named(o, p) || v.knownPlace(o, p) || v.placeName(o, p) {
			return 0, 0, false
		}
		return o, p, true
	}
	return 0, 0, false
}

// titleBeforeName returns where a person's name of two or three parts
// starts in [s, m), after one or two capitalised words of a title: the
// title's words are in the lexicon or are titles by their class, the
// name's first is no word the lexicon knows.
func (v *view) titleBeforeName(s, m int) (int, bool) {
	for n := s + 1; n <= s+2 && n+1 < m; n++ {
		t := &v.toks[n-1]
		if !t.word || !t.capital || t.shouted || !(t.inLexicon() || t.has(cOfficeNoun) || t.post() || calling(t.low)) {
			return 0, false
		}
		if k := v.nameParts(n, m); k >= 2 && k <= 3 && v.personName(n, m) && !v.toks[n].inLexicon() {
			return n, true
		}
	}
	return 0, false
}
