package claimant

// A sentence after a figure's may point back at it with any definite
// subject, or "it", made the passive of a verb of claim, publishing or
// origin: "The attendance was announced by the FA shortly after
// half-time", "It was published, with unusual speed, by the election
// authority", "The share is taken from the Hamas-run health ministry's own
// spreadsheets". The verb says the subject is a figure someone gave, so
// its noun need not be one of backNouns; the agent after "by" or "from"
// is read as for "The figure was compiled by X" (pointerSource).

// takenFrom are participles by which a figure is drawn out of a source,
// read only before "from".
var takenFrom = set("taken drawn derived extracted sourced culled")

// pointerPassive reports whether a passive of a verb of claim, publishing
// or origin opens at token k: "was announced", "is compiled", "were
// released", "is taken from".
func (v *view) pointerPassive(k int) bool {
	if k+2 < len(v.toks) && copulaIDs.has(&v.toks[k].spelling) && takenFrom[v.toks[k+1].low] && v.isOne(k+2, wFrom) {
		return true
	}
	if !v.passiveAt(k) {
		return false
	}
	p := &v.toks[k+1]
	return p.report || p.finding || origin(p.low)
}

// passivePointer reports whether the sentence opens at i with "it", or
// "the" and one lower-case noun of no lexicon, then such a passive.
func (v *view) passivePointer(i int) bool {
	if v.isOne(i, wIt) {
		return v.pointerPassive(i + 1)
	}
	if !v.isOne(i, wThe) || i+1 >= len(v.toks) {
		return false
	}
	t := &v.toks[i+1]
	return t.word && !t.capital && !t.inLexicon() && v.pointerPassive(i+2)
}
