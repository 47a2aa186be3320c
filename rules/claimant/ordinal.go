package claimant

// An army's units, a police force's districts and a court's circuits are
// named by an ordinal: "the army's 98th Division", "Ukraine's 47th
// Mechanised Brigade", "the 3rd Army Corps". The ordinal's number and its
// suffix are two tokens ("98", "th"), and a phrase read back must take
// them into the name rather than stop at the number ("th Division").

// ordinalInName reports whether the number at token i is an ordinal that
// opens or is inside a capitalised name ending before hi: its suffix
// joined to it, then a capitalised word.
func (v *view) ordinalInName(i, hi int) bool {
	if i+2 >= hi || !v.toks[i].num || v.toks[i].end-v.toks[i].start > 3 {
		return false
	}
	s := &v.toks[i+1]
	if s.space || !s.word {
		return false
	}
	switch s.low {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	n := &v.toks[i+2]
	return n.word && n.capital && !n.has(cDay)
}
