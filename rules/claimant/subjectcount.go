package claimant

// A sentence may name its people by how many they are: "Two researchers
// at Airwars spent months matching strike footage to casualty reports.
// They concluded that ...", "Three doctors at Nasser hospital worked
// through the night. They said ...". The count is no part of who they
// are: read past it, people of a named body are the body (convention 8),
// as without it. Other people counted ("Two soldiers were killed", "Five
// families arrived") are what the sentence reports, not who speaks.

// pastPeopleCount returns the token after a count of people opening the
// sentence at lo ("Two", "Three", "12") when a plural of people follows
// it; lo otherwise.
func (v *view) pastPeopleCount(lo int) int {
	if lo+1 >= len(v.toks) || !v.toks[lo].num && !v.toks[lo].fig {
		return lo
	}
	if t := &v.toks[lo+1]; t.word && !t.capital && t.agent() {
		return lo + 1
	}
	return lo
}

// countedOfNamed reports whether the phrase [a, b), after a count of
// people, is people of a named body ("researchers at Airwars").
func (v *view) countedOfNamed(a, b int) bool {
	_, _, ok := v.peopleOfNamed(a, a, b)
	return ok
}
