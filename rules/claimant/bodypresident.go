package claimant

// A president is a country's office (README convention 8: "Kenyan
// president William Ruto" is the name) and also the head of a society, a
// college or a charity, who speaks for it (convention 1: "Turkish Red
// Crescent president Fatih Ozer said" is the Turkish Red Crescent's).
// namedBodyPost lets "president" after a body's own name of two
// capitalised words or more; bodyPresident tells the body from a
// government's authority or a place.

// bodyPresident reports whether the capitalised name [x, b) before
// "president" names a body of its own: no place, no people, and not
// closed by a government's or an administration's kind ("Palestinian
// Authority", "Regional Council").
func (v *view) bodyPresident(x, b int) bool {
	last := v.toks[b-1].low
	if governments[last] || adminNouns[last] || last == "authority" || v.knownPlace(x, b) {
		return false
	}
	return !v.placeName(x, b)
}

// presidentBody returns the body's name in the phrase [s, e) when a
// lower-case "president" after it is followed by its holder's name
// ("Norwegian Red Cross president Kari Lund"), as namedBodyPost reads it.
func (v *view) presidentBody(s, e int) (int, int, bool) {
	for k := s + 2; k+2 < e; k++ {
		if v.toks[k].low == "president" && !v.toks[k].capital {
			return v.namedBodyPost(s, k, e)
		}
	}
	return 0, 0, false
}

// presidentOfBody reports whether tokens [x, b) after "president of" name
// a body by its kind: capitalised words (after "the"), the last of them or
// the one before the name's first "of" of a body's kind ("Society",
// "Association", "College"), and no government's or administration's
// kind, no place ("the Republic of Kenya", "Ukraine").
func (v *view) presidentOfBody(x, b int) bool {
	if v.isOne(x, wThe) {
		x++
	}
	if x >= b || !v.toks[x].capital {
		return false
	}
	head := b - 1
	for k := x + 1; k < b; k++ {
		if v.isOne(k, wOf) {
			head = k - 1
			break
		}
		if !v.toks[k].word || !v.toks[k].capital {
			return false
		}
	}
	h := &v.toks[head]
	// ("president of the ACLI": a body's initials are a name of its own,
	// as a kind closing it is. A word no lexicon holds is not enough: the
	// place lists are never complete, and "president of Puntland" holds
	// a territory's office; review43.)
	own := head == x && h.shouted && len(h.low) >= 2 && !v.knownPlace(x, b) || h.aliases != 0 && !v.knownPlace(x, b)
	if !h.capital || !h.nameKind() && !own || governments[h.low] || adminNouns[h.low] || h.low == "republic" {
		return false
	}
	return v.bodyPresident(x, head+1)
}
