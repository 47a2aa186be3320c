package claimant

// A maker named in several capitalised words may stand before its
// findings with plain lower-case modifiers between, saying what the
// findings are about or how they were made: "a Kapa Research Foundation
// phone survey", "per Bank of Cyprus tourism data" (claim121). The name owns
// them, as initials do before one modifier ("UNHCR registration data",
// owner.go) and as the name does with nothing between. One capitalised
// word there is as often a place ("Attica transport data") and is left
// as before; so is a name of several words that holds no body's kind:
// a place's, a people's, an event's or a season's
// ("World Cup ticketing figures", "New Year admissions data") says what
// the findings are about, not who made them.

// modifiedNameOwner reads back from token k, the last word before a
// findings noun and its findings modifiers, one or two plain modifiers (a
// compound joined by hyphens is one) and, before them, a capitalised name
// of two words or more, "of" inside it allowed ("Bank of Cyprus"). It
// returns the name when it is shaped as a maker's (makerName).
func (v *view) modifiedNameOwner(k, lo int) (int, int, bool) {
	// ("Our Athens desk editor writes that": a person before a noun that
	// is also a verb is its subject, no modifier of findings; nor is a
	// verb, "opened" in "the museum opened visitor records".)
	m := k
	for n := 0; n < 2 && m > lo; n++ {
		c := v.hyphenedModifierStart(m, lo)
		if c == m && (!v.plainModifier(m) || v.isVerbLike(m) || v.toks[m].has(cJournalist) || personNoun(v.toks[m].low) || agentNoun(v.toks[m].low)) {
			break
		}
		m = c - 1
	}
	if m == k || m < lo || !v.toks[m].word || !v.toks[m].capital {
		return 0, 0, false
	}
	e := m + 1
	x := v.capitalsBefore(e, lo)
	if x-2 >= lo && v.isOne(x-1, wOf) && v.toks[x-2].word && v.toks[x-2].capital {
		x = v.capitalsBefore(x-1, lo)
	}
	// ("the Union to Save Monuments began visitor records": a link word
	// before the capitals makes them the tail of a longer name.)
	if x-2 >= lo && v.toks[x-1].word && !v.toks[x-1].capital && (v.toks[x-1].has(cLink) || v.isOne(x-1, wTo)) && v.toks[x-2].capital {
		return 0, 0, false
	}
	if e-x < 2 || !v.makerName(x, e) {
		return 0, 0, false
	}
	return x, e, true
}

// makerName reports whether the capitalised words [x, e) are shaped as a
// body's name: a body's or an institution's kind among them ("Bank",
// "Authority", "Foundation"), and no place, region, people or day. A word
// that some claimant's alias holds is no sign ("World" in "World Cup"
// is a word of "World Bank"; review43). (claim120's latestwork.go bodyNameShape
// asks much the same of a "latest" work's owner; one of the two may
// serve both once both are merged.)
func (v *view) makerName(x, e int) bool {
	if v.sentenceWord(x) || v.toks[x].has(cPronoun) || v.demonym(e-1) || v.peoplesOnly(x, e) || v.placeName(x, e) || v.knownPlace(x, e) || v.knownRegion(x, e) {
		return false
	}
	bodied := false
	for j := x; j < e; j++ {
		t := &v.toks[j]
		if t.has(cDay) {
			return false
		}
		bodied = bodied || t.capital && t.nameKind()
	}
	return bodied
}
