package claimant

// officerBeforeName reports whether token k is "officer" in lower case,
// an office written before its holder's name as a governor's is:
// "federal returning officer Ulrike Haas" (convention 8: the name).
// Whether a name follows is tested by holderName.
func (v *view) officerBeforeName(k int) bool {
	return v.is(k, wOfficer) && !v.toks[k].capital
}
