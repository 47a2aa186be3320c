package claimant

// People named by their calling in the plural, with no determiner,
// after a pointer back's "from" or "of": "Those figures come from
// district officials", "Those are the estimates of economists at
// Makerere University". A bare lower-case phrase is otherwise no source
// (a pointer's "from" also opens places and things: "come from
// northern districts", "come from hospital records"); one whose head is
// an agent noun is people who can speak (agentnoun.go), and people at a
// named body speak for it (convention 8, name.go).

// barePeople reports whether [a, b) opens with lower-case modifiers and
// then a plural agent noun: "regional governors", "economists",
// "field monitors at the camp".
func (v *view) barePeople(a, b int) bool {
	for k := a; k < b && k <= a+3; k++ {
		t := &v.toks[k]
		if !t.word || t.capital || t.fig || t.has(cPreposition|cDeterminer|cPronoun) {
			return false
		}
		if t.agent() && t.low[len(t.low)-1] == 's' {
			return true
		}
	}
	return false
}
