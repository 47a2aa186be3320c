package claimant

// A sentence after a figure's may point back at it with a subject and an
// aside in commas naming its maker after a participle and a phrase of
// when: "The figure, released on Thursday by the Hamas-run health
// ministry, does not distinguish ...", "The toll, published late on
// Tuesday by the disaster management agency, includes 40 children". The
// participle right before "by" was read already (next.go participleBy);
// a phrase of time between them ("on Thursday", "late last night",
// "earlier this week") is where the agent of a published figure is most
// often put off, and it no more names a source than "of course" does.
// Only a participle of claim, findings or publishing ("released",
// "published", "issued", "announced", "compiled") opens such an aside:
// "The crackdown, condemned on Sunday by the UN, ..." names no figure's
// maker.

// maxAsideWhen is how many words a phrase of when between the participle
// and "by" may have.
const maxAsideWhen = 5

// participleAsideBy returns the token of "by" or "from" after the
// participle at token i and a phrase of when, or -1.
func (v *view) participleAsideBy(i int) int {
	if i >= len(v.toks) {
		return -1
	}
	t := &v.toks[i]
	if !t.word || t.capital || !(t.report || t.finding || origin(t.low)) || !(len(t.low) > 2 && t.low[len(t.low)-2:] == "ed" || t.has(cIrregularPast)) {
		return -1
	}
	for k := i + 1; k < len(v.toks) && k <= i+1+maxAsideWhen; k++ {
		if v.is(k, wBy, wFrom) {
			if k == i+1 {
				return -1 // participleBy's
			}
			return k
		}
		if w := &v.toks[k]; w.fig || !w.word || v.boundary(k) {
			return -1
		}
	}
	return -1
}
