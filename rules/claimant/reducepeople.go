package claimant

import "strings"

// A body's people and a person's description inside a source phrase, as
// reduce (reduce.go) narrows it: a body's possessive before a titled
// person, where a body ends before its people's kind of work, and a
// participle that describes a person a people's adjective already owns.

// bodysTitled reads, in the phrase [s, e), a body's possessive before a
// person's title ("the IRC's Dr Amani Farah", "Save the Children's Dr
// Ahmed Noor"): the body's words. A place's possessive ("Gaza's Dr ...")
// names no body.
func (v *view) bodysTitled(s, e int) (int, int, bool) {
	for k := s; k+2 < e && k <= s+5; k++ {
		if !v.toks[k].poss {
			continue
		}
		j := v.possEnd(k)
		if j >= e || !v.is(j, wDr, wProf, wProfessor) {
			return 0, 0, false
		}
		x := s
		if v.toks[x].has(cDeterminer) {
			x++
		}
		p := &v.toks[k]
		if x > k || v.placeName(x, k+1) || !(p.shouted || v.bodyName(x, k+1) || p.has(cBody) || k > x && v.allCapitalisedName(x, k+1)) {
			return 0, 0, false
		}
		return s, k + 1, true
	}
	return 0, 0, false
}

// ownerOfTeam returns where the body ends before its people's lower-case
// kind of work, in the phrase [s, k) read before a people noun at k:
// "UNHCR's field team", "MSF's emergency teams", "the Red Cross's forensic
// team", "Red Crescent rescue teams" are the body's, its possessive cut; k
// when no name stands before such words.
func (v *view) ownerOfTeam(s, k int) int {
	m := k
	for m-1 > s && m >= k-2 && v.toks[m-1].word && !v.toks[m-1].capital && !v.toks[m-1].has(cDeterminer) && !v.isOne(m-1, wS) {
		m--
	}
	// "MSF's Gaza team": the place the team works in (teamplace.go).
	m = v.placeBeforeTeam(s, m)
	if m == k {
		return k
	}
	if v.isOne(m-1, wS) && v.isOne(m-2, wApostrophe) && m-2 > s {
		return m - 2
	}
	if v.isOne(m-1, wApostrophe) && m-1 > s {
		return m - 1
	}
	// "Red Crescent rescue teams": the kind of work after a name, as a
	// descriptor after it ("the White Helmets rescue group").
	if v.toks[m-1].capital && v.toks[m-1].word {
		return m
	}
	return k
}

// participleAfterDemonym returns where the phrase [s, e) ends once a past
// participle and its complement after a people's adjective and the person
// it qualifies are cut: "A Qatari diplomat briefed on the talks", "an
// Egyptian security official involved in the mediation". The adjective
// says whose the person is, and the participle only what they know. With
// no such adjective ("an official briefed on the talks", "two officials
// involved in the mediation") the participle is all that describes them
// and stays, as it does after a body's name or a capitalised word.
// Gated on the participle's "-ed" ending and a preposition after it.
func (v *view) participleAfterDemonym(s, e int) int {
	for k := s + 2; k+1 < e; k++ {
		t := &v.toks[k]
		if t.capital || !t.word || len(t.low) < 6 || !strings.HasSuffix(t.low, "ed") || !v.toks[k+1].has(cPreposition) {
			continue
		}
		p := &v.toks[k-1]
		if p.capital || !p.word || !p.agent() {
			return e
		}
		// the words before the person: an article or a count, one
		// people's adjective, lower-case modifiers ("security").
		seen := false
		for m := s; m < k-1; m++ {
			w := &v.toks[m]
			switch {
			case !w.word:
				return e
			case w.capital && !w.shouted && demonym(w.low) && !seen:
				seen = true
			case w.capital && !(m == s && w.has(cDeterminer)):
				return e
			}
		}
		if seen {
			return k
		}
		return e
	}
	return e
}
