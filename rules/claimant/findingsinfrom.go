package claimant

// Findings "in from" a source came in from it, whatever verb brought
// them: "We're getting new numbers in from the Kenya Red Cross", "we
// have figures in from UNRWA", "data trickling in from the coast guard".
// The verb is the newsroom's (getting, having), and stands before the
// findings; the particle "in" right after them says they arrived, as
// "figures have just come in from X" does (made.go arrivedFrom).

// inFrom returns the "from" of "in from" at j, right after a findings
// noun, or j.
func (v *view) inFrom(j int) int {
	if v.isOne(j, wIn) && v.isOne(j+1, wFrom) {
		return j + 1
	}
	return j
}
