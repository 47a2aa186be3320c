package claimant

// A sentence opening on a kind of body before its name, capitalised only
// because it opens the sentence: "Operator Tennet said ...", "Regulator
// Ofcom counted ...". The kind is a descriptor (convention 8, as a grid
// operator's kind before its name in lower case is dropped), which
// kindBeforeName reads in lower case. Only a kind before a name that is
// also one who does ("operator", "regulator", "provider", "pollster") is
// read here: an opening "Daily", "Mission" or "Institute" may be the
// first word of a name ("Mission Lifeline"), and a trade read from its
// ending alone may be a given name ("Alexander", "Walter").

// openingKind reports whether token k, opening the sentence (after a
// dateline) and before a capitalised word of the phrase ending at e, is
// such a kind.
func (v *view) openingKind(k, e int) bool {
	t := &v.toks[k]
	if k+1 >= e || !t.word || !t.capital || t.shouted || !v.toks[k+1].capital || !v.toks[k+1].word {
		return false
	}
	if k != 0 && k != v.skipDateline(0) {
		return false
	}
	return t.has(cKindBeforeName) && agentSingularEnding(t.low)
}
