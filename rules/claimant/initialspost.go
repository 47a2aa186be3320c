package claimant

import "strings"

// initialsBefore reads, at token k of the phrase [s, e), a person or post
// after a body's initials and the post's modifiers: "an MSF surgeon at
// Nasser hospital", "an IRC nurse in Tawila", "IRC FIELD COORDINATOR" (a
// label, all in capitals: only a post, and modifiers known to qualify
// one). It returns the initials' token. Staff of a body speak for it
// (convention 1); "a Gaza doctor", with no initials, is a witness.
func (v *view) initialsBefore(s, k, e int) (int, bool) {
	t := &v.toks[k]
	if k <= s || !t.word || t.has(cOffice) || spokesWord(t.low) || k+1 < e && !v.toks[k+1].has(cPreposition) {
		return 0, false
	}
	singular := t.has(cPeople) && !strings.HasSuffix(t.low, "s") && t.low != "people" && t.low != "authorities"
	// "an NTSA statistician", "a KEBS economist": one of a body's people
	// of learning, in role, as its surgeon or engineer is (claim114).
	if !singular && t.learnedCalling() {
		singular = true
	}
	if !t.post() && !(singular && !t.shouted) {
		return 0, false
	}
	m := k - 1
	for m > s && m >= k-3 && (v.toks[m].has(cRoleModifier) || !t.shouted && v.toks[m].word && !v.toks[m].capital && !v.toks[m].inLexicon()) {
		m--
	}
	x := s
	if v.toks[x].has(cDeterminer) {
		x++
	}
	// "a senior NATO official", "a top WHO official": a rank before the
	// initials qualifies the person, not the body.
	for x < m && v.toks[x].has(cRank) && !v.toks[x].capital {
		x++
	}
	p := &v.toks[m]
	// "a MetService meteorologist", "an ActionAid engineer": a coined
	// name (coined.go) is a body's as its initials are, never a place's
	// or a people's ("a Canterbury meteorologist" is a witness's phrase).
	if m != x || !(p.shouted && len(p.low) <= 8 || v.coinedName(m)) || t.shouted && m == k-1 {
		return 0, false
	}
	return m, true
}

// initialsPostName reads, at token k of the phrase [s, e), a post or office
// between a body's initials opening the phrase and a person's name closing
// it: "AFAD chief Orhan Tatar", "IFRC SECRETARY GENERAL JAGAN CHAPAGAIN".
// The post is the body's, so the body speaks (convention 1); an office
// after a state's initials ("US President Joe Biden") has its holder named
// (convention 8), and states' initials run to two or three letters, so an
// office takes a body's only from four. It returns the initials' token.
func (v *view) initialsPostName(s, k, e int) (int, bool) {
	t := &v.toks[k]
	x := s
	if v.toks[x].has(cDeterminer) {
		x++
	}
	if k != x+1 || k+2 > e || !t.word || spokesWord(t.low) {
		return 0, false
	}
	p := &v.toks[x]
	if !p.shouted || len(p.low) < 2 || len(p.low) > 6 || p.has(cRoleModifier) || placeNouns[p.low] || p.inLexicon() {
		return 0, false
	}
	if t.has(cOffice) || t.has(cOfficeNoun) {
		// "SUMY GOVERNOR OLEKSANDR HRYNKO", "LVIV MAYOR ANDRIY
		// SADOVYI": an office held for a place (labelwhere.go) has a
		// place before it, whatever its name's length.
		// ("PRIME MINISTER DESMOND WALCOTT": no body has ministers, so
		// the word before one is its remit or rank, as placeoffice.go
		// reads "STATE HOME MINISTER", never a body's initials.)
		if len(p.low) < 4 || placeOffices[t.low] || t.low == "minister" {
			return 0, false
		}
	} else if !t.post() {
		return 0, false
	}
	// "SECRETARY GENERAL": a post of two words.
	n := k + 1
	if v.isOne(n, wGeneral) {
		n++
	}
	if e-n < 2 || e-n > 4 {
		return 0, false
	}
	for j := n; j < e; j++ {
		w := &v.toks[j]
		if !w.word || !w.capital || w.has(cBody) || w.has(cInstitution) || w.has(cOfficeNoun) || w.post() {
			return 0, false
		}
	}
	return x, true
}

// learnedCalling reports whether the token is one calling of learning in
// lower case, in the singular: "statistician", "economist" (learnedOne),
// or one who practises a science named in -ology ("epidemiologist",
// "hydrologist"). An -ist alone says no calling: a cause's or a party's
// follower ("activist", "loyalist") is no one of a body's people.
//
// (learnedOne is read from the spelling's spLearnedOne bit, which spell
// sets for every such word: a map look-up per token of every source
// phrase reduceSpan walks outweighed the other tests together.)
func (t *tok) learnedCalling() bool {
	return t.word && !t.capital && (t.own&spLearnedOne != 0 || len(t.low) > 8 && strings.HasSuffix(t.low, "ologist"))
}
