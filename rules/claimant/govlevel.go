package claimant

// A generic alias names a kind of body most countries have ("the health
// ministry", "the army"), and a configured claimant is one country's body
// of that kind at one level. A level of government written before the
// alias ("the federal health ministry", "Sudan's state health ministry",
// "the provincial health ministry") that none of the claimant's own words
// holds says another country's body or another level's: the words that
// differ from the claimant's decide, not the words the two share. A
// level among the claimant's words, or the claimant's own place before the
// level ("Gaza's regional health ministry"), keeps the claimant.

// governmentLevels are the levels of a country's government a body's
// name may open with: a territory's scopes and the federation's.
var governmentLevels = func() map[string]bool {
	out := set("federal national")
	for w := range territoryScopes {
		out[w] = true
	}
	return out
}()

// otherLevel reports whether the lower-case word at token k, before
// generic alias a (or the alias's own words), is a level of government
// that claimant a.id's words do not hold, with none of its own words
// before it.
func (c *call) otherLevel(v *view, k int, a *alias, s int) bool {
	t := &v.toks[k]
	if !t.word || t.capital || !governmentLevels[t.low] || a.own[t.low] || c.f.named[a.id][t.low] {
		return false
	}
	// "Gaza's regional health ministry", "the Israeli national army": the
	// claimant's own name says whose the level is.
	b := k - 1
	if v.isOne(b, wS) && v.isOne(b-1, wApostrophe) {
		b -= 2
	}
	if b >= s && v.toks[b].word && !v.toks[b].has(cDeterminer) && (a.own[v.toks[b].low] || c.f.named[a.id][v.toks[b].low]) {
		return false
	}
	return true
}
