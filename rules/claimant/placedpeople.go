package claimant

// People at a place may open a headline before their verb, as a body at
// its place does ("The Ministry of Defence in London estimates ..."):
// "UN monitors in Ukraine count 1,900 child casualties", "Aid workers in
// Sudan count 1,900 cholera cases". The place closes the people's phrase,
// and the findings word after it is their verb, taking an object; "killed
// in Hamas estimates" and "In UN estimates, ..." stay findings in their
// owner's terms.

// peopleBeforeIn reports whether the word before "in" at token in names
// people: a people noun, staff, field people or an agent noun, in lower
// case.
func (v *view) peopleBeforeIn(in int) bool {
	if in < 1 {
		return false
	}
	p := &v.toks[in-1]
	return p.word && !p.capital && (p.has(cPeople) || people[singular(p.low)] || personNoun(p.low) || agentNoun(p.low) || p.has(cStaff|cFieldPeople))
}
