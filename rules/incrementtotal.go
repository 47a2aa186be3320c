package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence that gives an amount marked as added ("an additional $10m",
// "a further $6m", "another $4m") and carries on to the total it makes
// ("..., bringing its total allocation to $25m") says itself which figure
// is the count and which how much it moved. A running total reads every
// added figure as its change (change.go increment); a level (no `total:
// true`: an allocation, a grant, people sheltering) reads it so only when
// the sentence carries on to the total, for without one the added sum may
// be all the sentence says of the keyword ("a further $500m in Foreign
// Military Financing", added_sum_after_keyword.yaml) and stays.

// carriedToTotal reports whether a figure after fi in sentence s is the
// total a verb carries a count to ("bringing the total to ...",
// takingTotal).
func carriedToTotal(d *figures.Document, s *figures.Sentence, fi int) bool {
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		if js, _ := d.FigureTokens(fj); takingTotal(d, js) >= 0 {
			return true
		}
	}
	return false
}
