package claimant

import "strings"

// A body that published a number of its own works is counted, not
// quoted: "Amnesty has issued 9 briefings on Tigray since 2021", "The
// UN has released 6 reports on the camps". The figure counts the reports
// themselves, what anyone can count, and the body claims
// nothing in it; a figure inside the works ("published a report listing 11
// massacres") is its claim.

// countedWorks reports whether verb attribution a's verb of publishing,
// before the figure at ft, has as its object the figure counting
// findings or announcements in the plural: the published works.
func (v *view) countedWorks(a attr, ft int) bool {
	if a.kind != kVerb || a.anchor >= ft || ft-a.anchor > 3 || ft+1 >= len(v.toks) || !v.publishing(a.anchor) {
		return false
	}
	for k := a.anchor + 1; k < ft; k++ {
		if !v.toks[k].has(cQuantifier) && v.toks[k].low != "than" && v.toks[k].low != "more" {
			return false
		}
	}
	n := &v.toks[ft+1]
	return n.word && !n.capital && strings.HasSuffix(n.low, "s") && n.has(cFindingNoun|cAnnouncement) && !quantityNounIDs.has(&n.spelling)
}
