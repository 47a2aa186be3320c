package claimant

// claim113: a possessive before a government's portfolio and an office or a
// body's kind ("Assam's education secretary", "Seoul's finance ministry")
// names an office or a ministry of state, kept whole (convention 8, as
// "Congo's health minister", "Sudan's health ministry"), even where no
// lexicon knows the place: a body has departments and posts, but a
// portfolio ("education", "finance", "home") is a government's remit, so
// its owner is a polity, which does not speak for its office.

// portfolioAfterOwner reports whether the lower-case words [m, k) between
// a possessive and the head at k are a government's portfolio, with
// nothing else: "education" in "Assam's education secretary", "finance"
// in "Seoul's finance ministry".
func (v *view) portfolioAfterOwner(m, k int) bool {
	if m >= k {
		return false
	}
	for j := m; j < k; j++ {
		t := &v.toks[j]
		if !t.word || t.capital || !v.portfolioWord(j, k) {
			return false
		}
	}
	return true
}
