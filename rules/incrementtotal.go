package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

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

// carriedIncrement reports whether figure fi of sentence s comes before a
// change of the total told after it: ", bringing X to M", ", taking X to
// M", ", raising X to M" (a verb of countMovingVerb in -ing after a comma,
// at most takingWords words before the "to" of a later figure, not a year
// or a date). The total is M when X is the metric's count: X holds one of
// its keywords ("civilian deaths recorded by monitors", "the cumulative
// toll") or is a tally noun no "of" narrows ("the UN's count"); fi, of
// M's kind and below it, is the increment that moved it, no total
// (incident_count_not_total.yaml). A count carried to another count's mark
// ("killed 34,000, bringing the number of orphans to 17,000", "raising the
// share of women among the dead to 70 percent") leaves fi as it is.
func carriedIncrement(d *figures.Document, s *figures.Sentence, fi int, hits []hit) bool {
	f := d.Figures[fi]
	_, fe := d.FigureTokens(fi)
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		js, _ := d.FigureTokens(fj)
		to := js - 1
		if d.Figures[fj].Kind.IsCalendar() || to <= fe || d.LowerTokenText(to) != "to" {
			continue // "taking the conflict to 2024": a time, no total
		}
		if g := d.Figures[fj]; g.Kind != f.Kind || g.Value <= f.Value {
			continue
		}
		for t := to - 1; t > fe && d.WordPos(to)-d.WordPos(t) <= takingWords; t-- {
			if fk := figureAt(d, t); fk >= 0 && d.Figures[fk].Kind.IsAmount() {
				break
			}
			w := d.LowerTokenText(t)
			if countMovingVerb(w) && strings.HasSuffix(w, "ing") && d.TokenText(t-1) == "," {
				return namesTheCount(d, hits, t+1, to)
			}
		}
	}
	return false
}

// namesTheCount reports whether tokens [from, to), the object of a verb
// that carries a count to a new mark, name the metric's count: a keyword
// of it stands there, or a tally noun no "of" follows ("the UN's count",
// "the overall toll"), where "the number of orphans" names another.
func namesTheCount(d *figures.Document, hits []hit, from, to int) bool {
	for k := from; k < to; k++ {
		if keywordAt(hits, k) {
			return true
		}
		if tallyNoun(d.LowerTokenText(k)) && (k+1 >= to || d.LowerTokenText(k+1) != "of") {
			return true
		}
	}
	return false
}
