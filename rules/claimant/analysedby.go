package claimant

// "Some 410 buildings were destroyed, according to satellite images
// analysed by the Centre for Information Resilience", "according to court
// filings reviewed by the Gulf Courier", "according to affidavits analysed
// by a citizens' watchdog": the material after "according to" is what a
// maker worked into the figure, and the maker named after its participle
// and "by" is the source (convention 3: an outlet's tally from others'
// papers is its own), as the maker of findings is after "according to
// figures compiled by" (findingsattr.go). Who only saw or obtained the
// papers ("documents seen by Reuters", "obtained by") made nothing of
// them, and is not read.

// workedParticiples are the participles of a maker's work on material.
var workedParticiples = set("analysed analyzed reviewed examined studied compiled collated checked verified assessed")

// workedBy returns, for the phrase [a, b) after "according to", the maker
// named after a participle of work and "by" right after the phrase.
func (v *view) workedBy(a, b, hi int) (int, int, bool) {
	if b <= a || b+2 >= hi {
		return 0, 0, false
	}
	h := &v.toks[b-1]
	if !h.word || h.capital || !workedParticiples[v.toks[b].low] {
		return 0, 0, false
	}
	return v.byMaker(b+1, hi)
}
