package claimant

// A maker named in several capitalised words may stand before its
// findings with plain lower-case modifiers between, saying what the
// findings are about or how they were made: "a Kapa Research phone
// survey", "per Bank of Cyprus tourism data" (claim121). The name owns
// them, as initials do before one modifier ("UNHCR registration data",
// owner.go) and as the name does with nothing between. One capitalised
// word there is as often a place ("Attica transport data") and is left
// as before; so is a place's or a people's name of several words.

// modifiedNameOwner reads back from token k, the last word before a
// findings noun and its findings modifiers, one or two plain modifiers (a
// compound joined by hyphens is one) and, before them, a capitalised name
// of two words or more, "of" inside it allowed ("Bank of Cyprus"). It
// returns the name when it is no place, no region and no people's.
func (v *view) modifiedNameOwner(k, lo int) (int, int, bool) {
	// ("Our Middle East editor reports that": a person before a noun
	// that is also a verb is its subject, no modifier of findings; nor
	// is a verb, "began" in "began keeping records".)
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
	// ("the Committee to Protect Journalists began keeping records": a
	// link word before the capitals makes them the tail of a longer name,
	// and the words between are a verb's.)
	if x-2 >= lo && v.toks[x-1].word && !v.toks[x-1].capital && (v.toks[x-1].has(cLink) || v.isOne(x-1, wTo)) && v.toks[x-2].capital {
		return 0, 0, false
	}
	if e-x < 2 || v.sentenceWord(x) || v.toks[x].has(cPronoun) || v.demonym(m) || v.peoplesOnly(x, e) || v.placeName(x, e) || v.knownPlace(x, e) || v.knownRegion(x, e) {
		return 0, 0, false
	}
	for j := x; j < e; j++ {
		if v.toks[j].has(cDay) {
			return 0, 0, false
		}
	}
	return x, e, true
}
