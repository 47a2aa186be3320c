package claimant

// A pointer back whose predicate is the writer's own possessive pronoun
// says the figure is the writer's findings, as "That tally is the
// Meridian's own" says it is the Meridian's: "The calculation is ours,
// based on OCHA data", "The count is mine", written as the label is
// ("ours", convention 3). The material it rests on ("based on OCHA data")
// is not its source.

// ownPointer returns the token of "ours" or "mine" when the sentence opens
// with "the", "that" or "this", a noun for a figure or findings, a copula
// and that pronoun closing its clause: "The calculation is ours.", "That
// count is mine, made over three visits".
func (v *view) ownPointer() (int, bool) {
	if len(v.toks) < 4 || !v.is(0, wThe, wThat, wThis) || v.toks[1].capital || !(v.toks[1].backNoun() || v.toks[1].has(cFindingNoun)) || !copulaIDs.has(&v.toks[2].spelling) {
		return 0, false
	}
	if w := v.toks[3].low; (w == "ours" || w == "mine") && v.boundary(4) {
		return 3, true
	}
	return 0, false
}
