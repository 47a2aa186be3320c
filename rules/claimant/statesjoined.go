package claimant

import "strings"

// Two states joined by "and" as the subject of a verb of claim speak
// together: "Egypt and Qatar, which mediated the talks, said 600 trucks
// ...", "The foreign ministries of Ghana and Togo said 2,300 ...". Read
// back from the verb alone, the walk stopped at the "and" and named the
// last state ("Qatar", "Togo") as if it spoke alone (claim58). A place
// that is the subject's own ("Officials in Kharkiv and Sumy") is
// placesjoined.go's.

// statesJoined reports whether the "and" at token i, inside the phrase read
// back from token end, joins two places the rules know, the first opening
// its clause or following the "of" of a body's plural ("the foreign
// ministries of Ghana and Togo").
func (v *view) statesJoined(i, lo, end int) bool {
	if !v.isOne(i, wAnd) || i+1 >= end || end-(i+1) > 3 || !v.toks[i+1].capital || !v.knownPlace(i+1, end) {
		return false
	}
	p := i - 1
	for p >= lo && p > i-4 && v.toks[p].capital && v.toks[p].word {
		p--
	}
	if p == i-1 || !v.knownPlace(p+1, i) {
		return false
	}
	if p < lo || !v.toks[p].word && !v.toks[p].num {
		return true
	}
	// "the foreign ministries of Ghana and Togo": the states whose bodies
	// speak, each of them.
	return v.isOne(p, wOf) && p-1 >= lo && v.toks[p-1].has(cBody) && strings.HasSuffix(v.toks[p-1].low, "s")
}
