package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A share glossed right after as a sum says one thing twice: in "the
// appeal is 27 per cent funded: US$432m", "only 18% funded (US$290m)",
// "22pc funded — $350m —" the sum is what the share measures. The word
// right after the share ("funded") is then the sum's too, so an
// exclude_near word there rules the sum out of a metric of the whole (the
// appeal's size) as it rules out the share (share_glossed_as_sum.yaml).

// shareGlossedAsSum reports whether hit h, right after percent or
// fraction figure fj, is followed at once by a colon, a dash or an opening
// parenthesis and money figure fi: the gloss that gives the share as a sum.
func shareGlossedAsSum(d *figures.Document, fj, fi int, h hit) bool {
	if d.Figures[fi].Kind != figures.Money {
		return false
	}
	if k := d.Figures[fj].Kind; k != figures.Percent && k != figures.Fraction {
		return false
	}
	_, je := d.FigureTokens(fj)
	fs, _ := d.FigureTokens(fi)
	if h.start != je || h.end+1 != fs {
		return false
	}
	w := d.LowerTokenText(h.end)
	return w == ":" || w == "(" || isDash(w)
}
