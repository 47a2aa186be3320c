package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// rateOfWhole reports whether figure fi is the whole a rate "one in N" is
// taken of: "roughly one in every 40 of Gaza's 2.2m people has now been
// killed", "one in five of the 1.4 million sheltering in Rafah". The
// sentence tells the rate, as "half of" tells a share (rate_of_whole.yaml).
func rateOfWhole(d *figures.Document, fi int) bool {
	k := quantifierAt(d, fi) // the N of "one in N of"
	if k < 0 || figureAt(d, k) < 0 {
		return false
	}
	fj := figureAt(d, k)
	if d.Figures[fj].Kind == figures.Fraction {
		return true // "one in 50", read as one fraction
	}
	js, _ := d.FigureTokens(fj)
	j := js - 1
	if j >= 0 && d.LowerTokenText(j) == "every" {
		j--
	}
	if j < 1 || d.LowerTokenText(j) != "in" {
		return false
	}
	fo := figureAt(d, j-1)
	return fo >= 0 && d.Figures[fo].Value == 1
}
