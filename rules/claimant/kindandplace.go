package claimant

// A body named by two remits joined by "and" and its kind, all in lower
// case ("fire and rescue department", "drainage and irrigation
// department", "parks and wildlife service"), is one body's name when an
// article or a possessive opens it (npwords.go kindAnd). Malaysian and
// other regional copy puts whose it is between the article and the first
// remit: a state's or a town's name, or a level of administration ("the
// Perak fire and rescue department", "the state drainage and irrigation
// department"). Those words say whose the body is and keep it whole.

// whoseBeforeRemit reports whether the words before the first remit at
// i-1, the remit "and" at i joins, are one to three capitalised words or
// levels of administration ("state", "district") after an article, a
// possessive, or the phrase's start at lo.
func (v *view) whoseBeforeRemit(i, lo int) bool {
	m, n := i-2, 0
	for m >= lo && n < 3 {
		t := &v.toks[m]
		if !t.word || t.shouted || t.has(cDeterminer) || !t.capital && !adminLevels[t.low] {
			break
		}
		m--
		n++
	}
	if n == 0 {
		return false
	}
	return m < lo || v.toks[m].has(cDeterminer) || v.isOne(m, wS) && v.isOne(m-1, wApostrophe) || v.isOne(m, wApostrophe)
}
