package claimant

// "Its" or "their" before a figure and the noun it counts opens the
// owner's own holdings, no continued account: "The UNRWA chief has warned
// again and again that his agency is collapsing. Its 13,000 staff in Gaza
// have kept working through it all." The staff are the agency's as
// "UNRWA, which employs some 13,000 people" has them: a fact of the
// owner, which claims nothing by having it. "Its list of 30 April held
// 24,686 names" and "Its count of 40 dead" still go on with the owner's
// findings.

// ownHoldings reports whether the sentence opens at lo with "its" or
// "their", then a figure counting a noun after it that is no findings or
// figure noun.
func (v *view) ownHoldings(lo int) bool {
	f := lo + 1
	if f >= len(v.toks) || !v.is(lo, wIts, wTheir) || !v.toks[f].fig {
		return false
	}
	for f < len(v.toks) && v.toks[f].fig {
		f++
	}
	if !v.figureModifies(f-1, len(v.toks)) || f >= len(v.toks) {
		return false
	}
	n := &v.toks[f]
	return n.word && !n.has(cFindingNoun) && !n.backNoun()
}
