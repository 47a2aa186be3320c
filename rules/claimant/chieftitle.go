package claimant

// "Chief" opens a title of two capitalised words whose second word is
// rarely an office of its own: "Chief Justice Maria Sereno", "Chief
// Constable Jon Boutcher", "Chief Whip Jack Chambers", "Chief Rabbi
// Ephraim Mirvis". The holder speaks by name (convention 8), and the
// title's second word is no part of it. Where "Chief" is itself a title
// before a name ("Chief Emeka Anyaoku", as Nigerian and Ghanaian papers
// title a chief), one capitalised word is left after the word read as
// the title's, which is no person's name of two parts, and the name
// stays whole. A chief's name of three parts ("Chief Bola Ahmed Tinubu",
// "Chief Olusegun Mathew Obasanjo") leaves two, so the second word is the
// title's only when it is an office's word (mend38c): a post, an office,
// a rank, or a word that follows "Chief" only as a title's
// (chiefSeconds); a given name is none of these.

// chiefSeconds are the words that make a title with "Chief" and are no
// post, office or rank of their own in the lexicons.
var chiefSeconds = set("justice constable whip rabbi superintendent executive medical nursing scientific technical " +
	"operating financial fire petty imam judge magistrate steward warden herald economist statistician")

// chiefTitleEnd returns where the holder's name starts after the office
// at k when k is "Chief" and n, just after it, opens a title of up to
// three office's words ("Chief Executive Officer Mary Brennan", "Chief
// Medical Officer Tony Holohan") followed by a person's name of two parts
// or more; else n.
func (v *view) chiefTitleEnd(k, n, e int) int {
	if !v.is(k, wChief) || n != k+1 || n+2 >= e {
		return n
	}
	m := n
	for m < e && m < n+3 && v.chiefTitleWord(m) {
		m++
	}
	if m == n {
		return n
	}
	if x := v.afterRanks(m, e); x == m && x < e && !v.toks[x].post() && v.nameParts(x, e) >= 2 && v.nameParts(x, e) <= 4 && v.personName(x, e) {
		return x
	}
	return n
}

// chiefTitleWord reports whether token m is a capitalised office's word
// that may follow "Chief" in a title: a post, an office, a rank or one of
// chiefSeconds. A given name is none of these.
func (v *view) chiefTitleWord(m int) bool {
	t := &v.toks[m]
	if !t.word || !t.capital || t.shouted || t.has(cDeterminer|cPreposition) {
		return false
	}
	// "Chief District Officer Ram Shah", "Chief Provincial Engineer X":
	// a territory's scope inside the title says what the office is
	// over, as a governor's province does, and is no part of a name
	// (claim118).
	if t.post() || t.has(cOfficeNoun|cRankTitle) || chiefSeconds[t.low] {
		return true
	}
	return territoryScopes[t.low] && m+1 < len(v.toks) && !territoryScopes[v.toks[m+1].low] && v.chiefTitleWord(m+1)
}
