package claimant

// A pronoun's "be" may be written contracted onto it: "They're telling me
// about 1,800 people", "We're hearing 12 ...", "I'm told". The contraction
// is the auxiliary of a progressive form as "are" written out is. Only
// "'re" and "'m": an "'s" is as often a possessive ("the ministry's
// reporting", a noun) and is left to the readings of possessives.

// contractedBe reports whether token k is the second half of a pronoun's
// contracted "be": "re" or "m" after an apostrophe, with no space
// between.
func (v *view) contractedBe(k int) bool {
	if k < 2 || !v.isOne(k-1, wApostrophe) || v.toks[k].space || v.toks[k-1].space {
		return false
	}
	p := &v.toks[k-2]
	if !p.has(cPronoun) && !p.has(cFirstPerson) {
		return false
	}
	return v.toks[k].low == "re" || v.toks[k].low == "m"
}
