package claimant

// A subject may be told by where it has just come from, in a predicate's
// words after its noun: "A Sunderland surgeon just back from Gaza says he
// operated on 60 children", "A British nurse fresh from Rafah told the
// paper", "an aid worker recently returned from Darfur said". The phrase
// ends the noun phrase read back from the verb, which then starts at
// "back"; the subject is the noun before it, and the place it came from is
// no part of the claimant's words (it is where she was, not whom she
// speaks for).

// cameFrom are the words that tell where a subject has come from.
var cameFrom = set("back fresh home returned returning arrived")

// cameFromAdverbs may stand before them: "just back", "newly arrived".
var cameFromAdverbs = set("just recently newly only lately")

// pastCameFrom returns the subject before a phrase of coming from ("back
// from Gaza") that the verb's subject [src, end) holds or opens just after
// ("the front" of "Crews back from the front"), and ok false when there is
// none.
func (v *view) pastCameFrom(src, end, lo int) (int, int, bool) {
	m := src - 2
	if m < lo {
		m = lo
	}
	for ; m+1 < end; m++ {
		if v.toks[m].has(cCameFrom) && !v.toks[m].capital && v.isOne(m+1, wFrom) {
			break
		}
	}
	if m+1 >= end {
		return 0, 0, false
	}
	k := m
	if k-1 > lo && cameFromAdverbs[v.toks[k-1].low] {
		k--
	}
	x := src
	if k <= src {
		x = v.npBefore(k, lo)
	}
	if x >= k || !v.toks[k-1].word || v.toks[k-1].has(cPreposition|cDeterminer|cPronoun) {
		return 0, 0, false
	}
	return x, k, true
}
