package claimant

// bodilessPostHolder reads a post named by its kind alone and its
// holder's name beside it, the source [s, e) and its appositive [a, b):
// "the director, Nadia Karam, said", "the site manager, Ali Demir,
// told us". The post's phrase names no body (none written, no
// possessive saying whose, no alias found there), so nothing speaks for
// the person but her own name, which README convention 8 writes when a
// post's body goes unnamed. A body's kind before
// the post ("the agency director", "the army spokesman") or a
// possessive ("its director", "the charity's director") leaves the
// phrase to the readings that take up the body. claim116.
func (v *view) bodilessPostHolder(s, e, a, b int) (int, int, bool) {
	if a >= b || e-s < 2 || e-s > 4 || !v.isOne(s, wThe) {
		return 0, 0, false
	}
	p := &v.toks[e-1]
	if !p.word || p.capital || !p.post() {
		return 0, 0, false
	}
	for k := s + 1; k < e-1; k++ {
		t := &v.toks[k]
		if !t.word || t.capital || t.poss || t.has(cPronoun|cBody|cGovernment|cLink|cPreposition|cDeterminer) || serviceKinds[t.low] {
			return 0, 0, false
		}
	}
	return v.holderBeside(a, b)
}
