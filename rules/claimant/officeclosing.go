package claimant

// A clause closing the sentence after a comma may open on an office in
// lower case before its holder's name: "..., regional head Ihor Savchuk
// reports.", "..., governor Oleh Syniehubov reports.", "..., district
// health chief Maria Okoro estimates." The -s form of a verb that is also
// a findings noun is then the name's verb, as after a name alone ("...,
// Ihor Savchuk reports."), not the name's reports.

// officeOpensClause reports whether the phrase from x to the findings
// noun at i is lower-case words ending in an office or a post, then a
// name (held.go heldOffice), opening right after a comma; x may be where
// the office or where the name starts.
func (v *view) officeOpensClause(x, lo, i int) bool {
	for c := x - 1; c > lo && c >= x-4; c-- {
		if v.comma(c) {
			n, ok := v.heldOffice(c+1, i)
			return ok && n < i && n >= x
		}
		if t := &v.toks[c]; !t.word || t.capital {
			return false
		}
	}
	return false
}
