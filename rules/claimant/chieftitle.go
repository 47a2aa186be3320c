package claimant

// "Chief" opens a title of two capitalised words whose second word is
// rarely an office of its own: "Chief Justice Maria Sereno", "Chief
// Constable Jon Boutcher", "Chief Whip Jack Chambers", "Chief Rabbi
// Ephraim Mirvis". The holder speaks by name (convention 8), and the
// title's second word is no part of it. Where "Chief" is itself a title
// before a name ("Chief Emeka Anyaoku", as Nigerian and Ghanaian papers
// title a chief), one capitalised word is left after the word read as
// the title's, which is no person's name of two parts, and the name
// stays whole.

// chiefTitleEnd returns where the holder's name starts after the office
// at k when k is "Chief" and n, just after it, is a capitalised word
// followed by a person's name of two parts or more; else n.
func (v *view) chiefTitleEnd(k, n, e int) int {
	if !v.is(k, wChief) || n != k+1 || n+2 >= e {
		return n
	}
	t := &v.toks[n]
	if !t.word || !t.capital || t.shouted || t.has(cDeterminer|cPreposition) {
		return n
	}
	if x := v.afterRanks(n+1, e); x == n+1 && !v.toks[x].post() && v.nameParts(x, e) >= 2 && v.nameParts(x, e) <= 4 && v.personName(x, e) {
		return x
	}
	return n
}
