package claimant

// A count may be placed near a figure rather than at it: "the Met put the
// figure nearer 100,000", "police put the number closer to 2,000", "the
// council put the crowd at around 8,000" (the last read by "at"). A word
// of nearness, or a comparative and "to", before the figure gives the
// count as "at" does (see revisedToll): the one placing it claims it.

// nearWords place a count near its figure.
var nearWords = set("nearer near around about roughly approximately over under above below")

// nearCountAfter reports whether token k opens a phrase of nearness with
// the figure right after it: "nearer 100,000", "closer to 2,000", "as high
// as 40" is read by "as".
func (v *view) nearCountAfter(k, hi int) bool {
	if k+1 >= hi {
		return false
	}
	w := v.toks[k].low
	if nearWords[w] {
		return v.toks[k+1].fig || v.toks[k+1].num
	}
	// "closer to 2,000", "nearer to 90": a comparative and "to".
	if (w == "closer" || w == "nearer") && v.isOne(k+1, wTo) && k+2 < hi {
		return v.toks[k+2].fig || v.toks[k+2].num
	}
	return false
}
