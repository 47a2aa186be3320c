package claimant

// A country's possessive before a descriptor before a body's name: "Egypt's
// state-linked Al-Qahera News", "Russia's state-owned Sputnik Radio
// Network", "Pakistan's state-run Associated Press of Pakistan". The
// possessive and the descriptor together describe the body (README
// convention 8: a descriptor before a name is not written, and neither is
// a country's possessive before a name of three words or more); another
// outlet names the same body with neither.

// nameAfterPossessiveDescriptor returns where the name starts in the
// phrase [s, e) past a capitalised possessive and a hyphened lower-case
// descriptor opening it, s when the phrase opens otherwise. "Russia's
// Defence Ministry" has no descriptor and keeps its possessive, and so
// does a name of one word ("Russia's state-owned Gazprom").
func (v *view) nameAfterPossessiveDescriptor(s, e int) int {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	if k+3 >= e || !v.toks[k].poss || !v.toks[k].capital || v.toks[k].has(cPronoun) || !v.isOne(k+1, wApostrophe) {
		return s
	}
	n := k + 2
	if v.isOne(n, wS) && !v.toks[n].space {
		n++
	}
	if n >= e || !v.compoundHead(n) {
		return s
	}
	// "state-linked", "state-owned": the compound's three tokens, then a
	// name of two capitalised words or more ("Sputnik" alone is kept with
	// its possessive, as a name of one word is short of saying whose).
	m := n + 3
	if m >= e || !v.capitalisedName(m, e) || v.toks[m].shouted || v.sentenceWord(m) || v.capitalWords(m, e) < 2 {
		return s
	}
	return m
}

// capitalWords counts the capitalised words of tokens [a, b).
func (v *view) capitalWords(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if v.toks[k].word && v.toks[k].capital {
			n++
		}
	}
	return n
}

// capitalisedName reports whether tokens [a, b) are a capitalised name,
// whose words may be joined by hyphens: "Al-Qahera News", "the Committee
// to Protect Journalists".
func (v *view) capitalisedName(a, b int) bool { return v.capitalisedWords(a, b, true) }
