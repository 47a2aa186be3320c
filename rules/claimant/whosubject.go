package claimant

// A witness named by what she does: "A nurse who volunteered in Rafah said
// 14 children had died", "A paediatric nurse from Dunedin who volunteered
// in Rafah put it to me: ...", "A friend who volunteers at a camp outside
// Tawila wrote to me". The relative clause of "who" sits between the
// subject and its verb; the subject is the person before "who". A bare
// noun ("a friend", "a nurse") says nothing on its own, and keeps the
// clause that says which one she is, as a contact clause does ("a nurse I
// once worked with", subjectBeforeContact); a person described before the
// clause ("a paediatric nurse from Dunedin") is named without it.

// whoSubject reads, before the verb whose subject would end at j, a
// person's noun phrase and a clause of "who" running to the verb. It
// returns the subject's tokens.
func (v *view) whoSubject(j, lo int) (int, int, bool) {
	for k := j; k > lo+1 && k > j-10; k-- {
		if v.boundary(k) || v.comma(k) || v.toks[k].fig {
			return 0, 0, false
		}
		if !v.isOne(k, wWho) || v.toks[k].capital || k+1 > j {
			continue
		}
		// (The word after "who" is its clause's verb, or an adverb or
		// auxiliary before it: "who volunteers", "who once worked".)
		if n := &v.toks[k+1]; !n.word || n.capital || n.has(cDeterminer|cPreposition|cPronoun|cLink|cClause) {
			return 0, 0, false
		}
		x := v.npBefore(k, lo)
		// ("who" is said only of people: the noun before it is one.)
		if p := &v.toks[k-1]; x >= k || !p.word || p.has(cPronoun|cPreposition|cClause|cDeterminer|cLink|cBetween) || !v.toks[x].capital && !v.toks[x].has(cDeterminer) {
			return 0, 0, false
		}
		if v.is(x, wA, wAn) && k-x == 2 {
			return x, j + 1, true
		}
		return x, k, true
	}
	return 0, 0, false
}
