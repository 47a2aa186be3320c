package claimant

// "put" claims when it places a count: "the ministry put the toll at
// 34,000", "officials put the figure nearer 100,000" (see countStems).
// Its "at" is also a phrase of state, "put 1.4m civilians at risk",
// "puts 3 million jobs at stake", "kept the rebels at bay", where what is
// put is no count of the subject's: "Rafah offensive would put 1.4m
// civilians at risk, UN warns" is the UN's warning, not the offensive's
// count. A placement's "at" has a number after it, soon; a state's has a
// bare noun.

// putAtState reports whether the first "at" within n tokens after the
// "put" at i opens a phrase of state: a lower-case word with no number
// within three tokens after the "at".
func (v *view) putAtState(i, hi, n int) bool {
	for j := i + 1; j < hi && j <= i+n; j++ {
		if v.boundary(j) {
			return false
		}
		if v.toks[j].low != "at" {
			continue
		}
		for k := j + 1; k < hi && k <= j+3; k++ {
			if v.toks[k].num || v.toks[k].fig {
				return false
			}
			if v.boundary(k) {
				break
			}
		}
		if j+1 >= hi {
			return false // "at" ending a cut text
		}
		t := &v.toks[j+1]
		return t.word && !t.capital && !t.has(cDeterminer|cQuantifier)
	}
	return false
}
