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
	if governments[last] || adminNouns[last] || last == "authority" || v.knownPlace(x, b) || v.legislatureIn(x, b) {
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

// organisationsPresident reports whether the phrase [s, e) is the
// president of a body named by its kind ("the president of the Union of
// Olive Growers of Crete"): the head of an organisation, who speaks for
// it (convention 8), where "the president of Cyprus" holds an office of
// government and is written by name (officeHolder).
func (v *view) organisationsPresident(s, e int) bool {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	return k+2 < e && v.toks[k].low == "president" && v.isOne(k+1, wOf) && v.presidentOfBody(k+2, e) && !v.legislatureIn(k+2, e)
}

// legislatureIn reports whether a word of [x, e) is a legislature's kind
// ("the Hellenic Parliament", "the Chamber of Deputies", "the Senate"):
// its president presides over a house of state, an office whose holder
// keeps the name, however the house is named (review43).
func (v *view) legislatureIn(x, e int) bool {
	for k := x; k < e; k++ {
		if legislatures[v.toks[k].low] {
			return true
		}
	}
	return false
}

// legislatures are the kinds of a house of state, and the members a
// house is named by ("Chamber of Deputies", "House of Representatives").
var legislatures = set("parliament senate congress assembly legislature deputies representatives")

// lowerPresident reports whether token k is "president" in lower case,
// which a pronoun may own as it owns a post ("its president said"); the
// post readers leave it out, as a capital "President" is a title.
func (v *view) lowerPresident(k int) bool {
	return v.toks[k].low == "president" && !v.toks[k].capital
}
