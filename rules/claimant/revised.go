package claimant

// A body revising its own count: "The regional government of Valencia raised
// the death toll from last week's floods to 216", "the agency lowered its
// estimate to 1,200". Whoever raises or revises a toll is the one counting;
// the figure after "to" is its claim. "Israel raised the number of trucks
// to 200" does something, not count it: only a toll, count, tally, estimate
// or figure is revised so.

// tollNouns are the counts a body revises.
var tollNouns = set("toll tolls count tally estimate estimates figure figures")

// revisedToll reads, at a verb of revising at i ("raised", "revised",
// "updated", "lowered", which readAttributions hands it), its subject before it when
// a toll noun follows within three words and "to" with a figure comes
// after it in the clause.
func (v *view) revisedToll(i, lo, hi int) (attr, bool) {
	if i == lo {
		return attr{}, false
	}
	noun := 0
	for k := i + 1; k < hi && k <= i+4; k++ {
		if tollNouns[v.toks[k].low] {
			noun = k
			break
		}
	}
	if noun == 0 {
		return attr{}, false
	}
	for k := noun + 1; k+1 < hi && k <= noun+10 && !v.boundary(k); k++ {
		if v.isOne(k, wTo) && (v.toks[k+1].fig || v.toks[k+1].num) {
			s := v.npBefore(i, lo)
			if s >= i || !v.nominal(s, i) {
				return attr{}, false
			}
			return attr{src: s, srcEnd: i, anchor: i, kind: kVerb}, true
		}
	}
	return attr{}, false
}
