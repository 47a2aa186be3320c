package claimant

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
	if !v.isOne(i, wAnd) || i+1 >= end || end-(i+1) > 4 {
		return false
	}
	// "Israel and the United States", "Egypt and the UAE": a state's
	// name may keep its article.
	n := i + 1
	if v.isOne(n, wThe) {
		n++
	}
	if n >= end || !v.toks[n].capital || !v.knownPlace(n, end) {
		return false
	}
	p := i - 1
	for p >= lo && p > i-5 && v.toks[p].capital && v.toks[p].word {
		p--
	}
	f := p + 1
	if f < i && v.isOne(f, wThe) {
		f++
	}
	if f >= i || !v.knownPlace(f, i) {
		return false
	}
	if p < lo || !v.toks[p].word && !v.toks[p].num {
		return true
	}
	// "the foreign ministries of Ghana and Togo": the states whose bodies
	// speak, each of them.
	return v.isOne(p, wOf) && p-1 >= lo && (pluralKinds[v.toks[p-1].low] || jointNouns[v.toks[p-1].low])
}
