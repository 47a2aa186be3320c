package claimant

// A relative clause set off by commas and the frame that names a source
// keep to their own clauses. "Ministers have faced questions over the £41m
// in aid to UNRWA, which, according to a National Audit Office report, was
// paused for nine weeks": a frame opening the relative clause covers that
// clause, not the sum it hangs on. "The county, whose 2,400 miles of road
// are among the worst in Wales, needs £90m of repairs, according to an
// estimate by the Asphalt Industry Alliance": the frame closing the
// sentence covers the main clause, not the writer's aside of "whose" on
// the subject (as a size aside, sizeaside.go).

// frameOpensRelative reports whether the frame at anchor stands right
// after ", which," or ", who," and the figure at ft before the relative
// word.
func (v *view) frameOpensRelative(anchor, ft int) bool {
	r := anchor - 2
	return r >= 1 && ft < r && v.isOne(anchor-1, wComma) && v.is(r, wWhich, wWho) && v.isOne(r-1, wComma)
}

// whoseAside reports whether the figure at ft stands in an aside opened by
// ", whose" that closes with a comma before token end.
func (v *view) whoseAside(ft, end int) bool {
	for k := ft - 1; k >= 1 && k >= ft-8; k-- {
		if v.boundary(k) {
			return false
		}
		if v.isOne(k, wWhose) {
			if !v.isOne(k-1, wComma) {
				return false
			}
			for m := ft + 1; m < end; m++ {
				if v.isOne(m, wComma) {
					return true
				}
				if v.boundary(m) {
					return false
				}
			}
			return false
		}
	}
	return false
}
