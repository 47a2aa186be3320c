package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A fronted "With" phrase that holds a figure and its keyword ("With the
// toll in Gaza past 35,000,", "With the death toll in Gaza above
// 30,000,") sets the scene for a main clause about another thing ("Israel
// insists it must still defeat four Hamas battalions"). An exclude_near
// word after the phrase's comma stands in that main clause and names no
// part of the figure; one inside the phrase still does ("With the toll in
// Israel at 1,200, the army vowed ...").

// frontedWithApart reports whether sentence s opens (past any stamp) with
// "With", and figure fi and keyword hit kw stand in that phrase, before
// its comma, while exclude_near hit ex stands after it.
func frontedWithApart(d *figures.Document, s *figures.Sentence, kw, ex hit, fi int) bool {
	k := afterStamp(d, s)
	if k >= s.TokEnd || d.LowerTokenText(k) != "with" {
		return false
	}
	_, fe := d.FigureTokens(fi)
	for j := k + 1; j < s.TokEnd; j++ {
		switch d.TokenText(j) {
		case ",":
			return fe <= j && kw.start > k && kw.end <= j && ex.start > j
		case ";", ":", "—", "–", "(":
			return false
		}
	}
	return false
}
