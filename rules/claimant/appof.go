package claimant

// A named person's post or body after the name (convention 1): "Gareth
// Lloyd, chief executive of the homelessness charity Shelter Cymru", "Hani
// Dababesh, director general of the Government Media Office", "Catherine
// Ellwood, of the International Committee of the Red Cross", and after a
// closing frame, "according to Fadi Awad, a spokesman for Gaza's Civil
// Defence". The body speaks; the person speaks for it.

// compoundPost reports whether the post at k runs on into a second word
// before "of": "chief executive of", "director general of", "secretary
// general of".
func (v *view) compoundPost(k, b int) bool {
	if k+2 >= b || v.isOne(k+1, wOf) || !v.isOne(k+2, wOf) {
		return false
	}
	n := &v.toks[k+1]
	return n.word && !n.capital && (n.post() || n.id == wGeneral)
}

// ofNamedBody reads an apposition "of the International Committee of the
// Red Cross" in tokens [a, b): "of the" and a body's proper name, whose
// capitalised last word closes a name (see nameHead) or is a kind of
// body. "of Jabalia" and "of the camp" name a place, no body.
func (v *view) ofNamedBody(a, b int) (int, int, bool) {
	if b-a < 4 || !v.isOne(a, wOf) || !v.isOne(a+1, wThe) || !v.toks[a+2].capital {
		return 0, 0, false
	}
	for k := a + 2; k < b; k++ {
		if t := &v.toks[k]; !t.word || !t.capital && !v.is(k, wOf, wFor, wAnd, wThe) {
			return 0, 0, false
		}
	}
	last := &v.toks[b-1]
	if !last.capital || !(last.has(cBody) || v.nameHead(b-1) && b-a > 4) {
		return 0, 0, false
	}
	return a + 1, b, true
}

// postAfterFrame reports whether the frame "according to" at i, its
// phrase [a, b) a person's name, closes the sentence with an apposition
// giving the person's post: ", a spokesman for ...", ", the director of
// ...". A frame opening the sentence ends at its comma.
func (v *view) postAfterFrame(i, lo, a, b, hi int) bool {
	if i <= lo || !v.isOne(b, wComma) || !v.is(b+1, wA, wAn, wThe) || !v.allCapitalised(a, b) || b-a < 2 {
		return false
	}
	for k := b + 2; k < hi && k <= b+5; k++ {
		if v.is(k, wFor, wWith, wOf, wAt) {
			// ("Mustafa Demir, the mayor of Antakya's Defne district": an
			// office of government is its holder's, by name, convention
			// 8; "Dr Sami Nour, the director of Al-Awda hospital" speaks
			// for the hospital, claim28.)
			return v.toks[k-1].post() && !(v.isOne(b+1, wThe) && v.toks[k-1].has(cOffice))
		}
		if t := &v.toks[k]; !t.word || t.capital {
			return false
		}
	}
	return false
}
