package claimant

// A frame's owner after "of" may close on a lower-case kind of body: "by
// the reckoning of the UN human rights mission", "in the estimate of the
// UN migration agency", "on the count of the interior ministry". Outlets
// name a body by its kind as often as by a capitalised name; what a
// frame counts ("the tally of the Hamas fighters killed") closes on
// people or things, no kind of body.

// kindClosesOwner reports whether the token at k, closing a phrase after
// a frame's "of the", is a kind of body, a public service or a mission,
// singular or plural.
func (v *view) kindClosesOwner(k int) bool {
	t := &v.toks[k]
	if !t.word || t.capital {
		return false
	}
	return t.has(cBody) || bodyNouns[singular(t.low)] || serviceKindIDs.has(&t.spelling)
}
