package claimant

// titledWork reads the phrase [s, e) as the title of a body's work after
// its maker's possessive: "The World Bank's Global Rapid Post-Disaster
// Damage Estimation report put ...", "the Kiel Institute's Ukraine
// Support Tracker shows": capitalised words closing with a word for a
// piece of work. The maker claims the figure, not the work's name; a name
// standing alone ("the Aid Worker Security Database") is its own source.
// It returns the maker's phrase.
func (v *view) titledWork(s, e int) (int, int, bool) {
	// "the Halden Institute's Rural Housing Needs Assessment report": a
	// title closing with a findings noun was read as that noun's owner,
	// and the title runs on to it.
	if e < len(v.toks) && v.toks[e].capital && v.toks[e].has(cWorkWord) {
		e++
	}
	if e-s < 2 || s < 3 || !v.toks[e-1].has(cWorkWord) || !v.toks[e-1].capital {
		return 0, 0, false
	}
	for k := s; k < e; k++ {
		if t := &v.toks[k]; t.word && !t.capital && !v.is(k, wOf, wAnd, wFor, wOn, wThe) {
			return 0, 0, false
		}
	}
	k := s - 1
	if v.is(k, wS) && v.is(k-1, wApostrophe) {
		k--
	}
	if !v.is(k, wApostrophe) || !v.toks[k-1].capital {
		return 0, 0, false
	}
	a := v.npBefore(k, 0)
	if a >= k {
		return 0, 0, false
	}
	return a, k, true
}

// workWords close the title of a report, a survey or a model.
var workWords = set("estimation estimate estimates assessment assessments survey index review report outlook overview analysis census monitor matrix model tracker")
