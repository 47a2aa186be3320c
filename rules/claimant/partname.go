package claimant

// partBeforeName reports whether token k is a body's part written as the
// kind before the part's own name: "its aid arm ECHO says", "the bank's
// research unit Halvard Insights estimates". The part is named as a kind
// of body is ("the monitoring group Airwars"), and the name is the
// claimant (convention 8: a descriptor before a name is not written;
// claim51b). A part with no name after it stays its owner's (unitowner.go).
func (v *view) partBeforeName(k int) bool {
	t := &v.toks[k]
	// ("The agency's statistics unit Tuesday put ...": a day or a month
	// after the part is no name, review51.)
	if !t.word || t.capital || !bodyUnits[t.low] || k+1 >= len(v.toks) {
		return false
	}
	n := &v.toks[k+1]
	return n.capital && !n.has(cDay|cMonthName)
}

// partNamedIn reports whether a phrase [a, b) opened by a possessive
// pronoun names its part by the part's own name ("its aid arm ECHO"):
// the name is a claimant's phrase, as "its findings" is (nominal).
func (v *view) partNamedIn(a, b int) bool {
	for k := a + 1; k < b-1 && k <= a+4; k++ {
		if v.partBeforeName(k) {
			return true
		}
	}
	return false
}
