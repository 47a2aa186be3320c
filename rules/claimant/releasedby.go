package claimant

// "Biden and Netanyahu spoke for 45 minutes, according to a readout
// released by the White House": a statement or a readout after "according
// to" is the paper a body put out; the body after "released by", "issued
// by" or "published by" is the source, as the maker of findings is after
// "according to figures compiled by".

// releasedPapers are the papers a body puts out in its own words, besides
// announcements and documentNouns.
var releasedPapers = set("readout readouts transcript transcripts notice notices")

// releasedBy returns, for the phrase [a, b) after "according to", the body
// named after the paper's "released by" when [a, b) is such a paper.
func (v *view) releasedBy(a, b, hi int) (int, int, bool) {
	if b <= a || b+2 >= hi {
		return 0, 0, false
	}
	h := &v.toks[b-1]
	if !h.word || h.capital || !(h.has(cAnnouncement) || h.has(cDocumentNoun) || h.has(cReleasedPaper)) {
		return 0, 0, false
	}
	if !v.is(b, wReleased, wIssued, wPublished) {
		return 0, 0, false
	}
	return v.byMaker(b+1, hi)
}

// byMaker returns the maker named by "by" at k, after a participle and
// any time words ("issued on Sunday by Qatar's foreign ministry",
// "reviewed last week by the Courier").
func (v *view) byMaker(k, hi int) (int, int, bool) {
	k = v.pastWhen(k, hi)
	if !v.isOne(k, wBy) {
		return 0, 0, false
	}
	x, y := v.npAfter(k+1, hi)
	if y <= x || !v.nominal(x, y) {
		return 0, 0, false
	}
	return x, v.makerEnd(x, y), true
}
