package claimant

// "one" stands for a noun said before as often as it counts: "it is the
// most conservative one available", "a more reliable one", "the latest
// one". After a determiner and the adjectives of a noun phrase, with no
// noun after it, it is that noun's pronoun, and no figure of the sentence
// it is in ("at least one", "more than one" count).

// maxOneAdjectives is how many words may stand between the determiner and
// the pronoun "one".
const maxOneAdjectives = 4

// pronounOne reports whether token k of the view is "one" standing for a
// noun: after a determiner and adjectives, before the phrase ends.
func (v *view) pronounOne(k int) bool {
	if !v.isOne(k, wOne) || k < 2 {
		return false
	}
	// After it: the phrase ends, or a word of where or what follows it
	// ("one available", "one of them" counts).
	if n := k + 1; n < len(v.toks) && !v.boundary(n) && !v.is(n, wThat, wWhich, wYet) && v.toks[n].low != "available" {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-maxOneAdjectives; m-- {
		t := &v.toks[m]
		if v.is(m, wThe, wA, wAn) {
			return m < k-1
		}
		if !t.word || t.capital || t.fig || t.num || t.has(cPreposition|cLink|cDeterminer) || v.toks[m].low == "least" || v.toks[m].low == "than" {
			return false
		}
	}
	return false
}
