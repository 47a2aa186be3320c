package claimant

// A body's name after a kind of body may hold two link words running
// together between its capitals: "the South African relief organisation
// Gift of the Givers", "the charity Friends of the Earth", "the rights
// group Lawyers for the Defence of Detainees". kindBeforeName read one
// lower-case link or determiner between capitals ("Medical Aid for
// Palestinians") and stopped at "of the", so the descriptor was kept
// ("South African relief organisation Gift of the Givers").

// linkRunInName reports whether token k, a lower-case link word or
// determiner, is in a run of at most two such words with a capitalised
// word of the phrase [s, e) on each side (the one before not opening the
// phrase).
func (v *view) linkRunInName(k, s, e int) bool {
	inRun := func(i int) bool {
		return i > s && i < e && v.toks[i].has(cLink|cDeterminer) && !v.toks[i].capital
	}
	if !inRun(k) {
		return false
	}
	a, b := k, k
	if inRun(k - 1) {
		a = k - 1
	} else if inRun(k + 1) {
		b = k + 1
	}
	return a-1 > s && b+1 < e && v.toks[a-1].capital && v.toks[b+1].capital
}
