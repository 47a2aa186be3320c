package claimant

// officialIn reads, in the phrase [s, e), one official of a body or
// people in a body's unit, and returns the body (conventions 1 and 8, and
// dev29's header rule for units without a name of their own):
//   - "A senior official in the prime minister's office in Islamabad", "a
//     spokeswoman at the interior ministry": one person speaking in role
//     for a body named by its kind keeps the body and its place;
//   - "Statisticians in the Office for National Statistics' migration
//     division": people of a named body's unit speak for the body.
//
// "An Egyptian official at the Rafah crossing" is at a place, not a body,
// and keeps its phrase; so does "a doctor at Nasser hospital", a witness.
func (v *view) officialIn(s, e int) (int, int, bool) {
	k := s
	if v.toks[k].has(cDeterminer) {
		k++
	}
	for k < e && v.toks[k].has(cRank) {
		k++
	}
	if k+2 >= e || !v.is(k+1, wIn, wAt) {
		return 0, 0, false
	}
	p := k + 2
	// "a source in Gaza's Civil Defence", "a source at UNRWA": an unnamed
	// source inside a body is one of its people, as an official is, when
	// the body is named by its kind, its service or its name (claim17);
	// "a source at the Rafah crossing" is at a place.
	if v.toks[k].low == "source" && k == s+1 && v.is(s, wA) {
		if v.kindHead(p, e) >= 0 || serviceKindIDs.has(&v.toks[e-1].spelling) || v.bodyName(p, e) {
			return p, e, true
		}
		return 0, 0, false
	}
	if officialNoun(v.toks[k].low) {
		// One person in role: the body, named by its kind, with what
		// follows it ("in Islamabad") as whose.
		if v.kindHead(p, e) >= 0 {
			return p, e, true
		}
		return 0, 0, false
	}
	if v.toks[k].has(cPeopleAt) && k == s && v.is(k+1, wIn) {
		// People in a named body's unit: "the Office for National
		// Statistics' migration division". (dev14 writes "researchers at
		// the University of Nairobi's conflict unit" as the unit; the
		// README does not settle units, so "at" a unit keeps its phrase
		// until it does: see docs/history/claimants-rounds.md, "Tenth round: dev29 (branch claim10c)".)
		for m := p + 1; m < e; m++ {
			if v.is(m, wApostrophe) && v.toks[m-1].capital && (v.is(m+1, wS) && m+2 < e && !v.toks[m+2].capital || m+1 < e && !v.toks[m+1].capital && v.toks[m+1].word) {
				if v.allCapitalisedName(p, m) {
					return p, m, true
				}
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// officialNoun: one person who speaks for a body in role.
func officialNoun(w string) bool {
	return w == "official" || w == "spokesman" || w == "spokeswoman" || w == "spokesperson"
}

// kindHead returns the token of a body's kind heading the phrase that
// opens at p ("the prime minister's office", "the interior ministry",
// "the Senegalese navy"),
// before any "in" or "of" after it, or -1.
func (v *view) kindHead(p, e int) int {
	for m := p; m < e; m++ {
		if v.is(m, wIn, wOf, wComma) {
			break
		}
		// ("a senior official at the Senegalese navy": a force named by
		// its kind is a body its officials speak for.)
		if t := &v.toks[m]; t.word && (t.has(cBody) || t.has(cGovernment) || t.has(cForce) && !t.capital) {
			return m
		}
	}
	return -1
}

// allCapitalisedName reports whether [a, b), past a determiner, is a
// name: capitalised words and the link words between them.
func (v *view) allCapitalisedName(a, b int) bool {
	if a < b && v.toks[a].has(cDeterminer) {
		a++
	}
	return b-a >= 2 && v.toks[a].capital && v.toks[b-1].capital
}
