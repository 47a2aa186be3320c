package claimant

// An institution's possessive before a named unit of its own is not
// written, as a country's is not (convention 8): "Brown University's Costs
// of War project" → "Costs of War", "Harvard University's Belfer Center" →
// "Belfer Center". The unit is cited by its own name, which stays the same
// when another outlet leaves the university out; a name of two capitalised
// words is enough, since an institution owns no generic kinds of body that
// its possessive would tell apart ("Russia's Defence Ministry" keeps its
// country: many countries have one).

// institutionOwned returns where the name starts after an institution's
// possessive of capitalised words, the last a kind of institution, opening
// [s, e): "Brown University's Costs of War", "Johns Hopkins University's
// Center for Systems Science".
func (v *view) institutionOwned(s, e int) (int, bool) {
	if s >= e || !v.toks[s].word || !v.toks[s].capital || v.toks[s].has(cDeterminer) {
		return s, false
	}
	// "Johns Hopkins University's": the owner's words up to its possessive.
	p := s + 1
	for p < e && p <= s+3 && v.toks[p].word && v.toks[p].capital && !v.toks[p].poss {
		p++
	}
	if p+3 >= e || !v.toks[p].capital || !v.toks[p].poss || !v.toks[p].has(cInstitution) || !v.isOne(p+1, wApostrophe) || !v.isOne(p+2, wS) {
		return s, false
	}
	n := p + 3
	words := 0
	for k := n; k < e; k++ {
		t := &v.toks[k]
		switch {
		case t.word && t.capital && !t.has(cDay):
			words++
		case t.has(cLink) && k > n && k+1 < e:
		default:
			return s, false
		}
	}
	return n, words >= 2
}
