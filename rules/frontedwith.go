package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A fronted "With" phrase that holds a figure and its keyword sets the
// scene, the count at its level, for a main clause about another thing:
// "With the toll in Gaza past 35,000, Israel insists it must still defeat
// four Hamas battalions", "With the death toll in Gaza at 28,576, Israel
// says it will push into Rafah", "With deaths in Derna passing 6,000,
// Benghazi ordered the city sealed off". An exclude_near word after the
// phrase's comma stands in that main clause and names no part of the
// figure; one inside the phrase still does ("With the toll in Israel at
// 1,200, the army vowed ..."), and so does the phrase when another amount
// stands in it before the figure, which may be the one the phrase is about.

// frontedWithApart reports whether sentence s opens (past any stamp) with
// "With", and figure fi and keyword hit kw stand in that phrase, before
// its comma, with no other amount before the figure, while exclude_near
// hit ex stands after it.
func frontedWithApart(d *figures.Document, s *figures.Sentence, kw, ex hit, fi int) bool {
	k := afterStamp(d, s)
	if k >= s.TokEnd || d.LowerTokenText(k) != "with" {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	for j := k + 1; j < s.TokEnd; j++ {
		switch d.TokenText(j) {
		case ",":
			return fe <= j && kw.start > k && kw.end <= j && ex.start > j
		case ";", ":", "—", "–", "(":
			return false
		}
		if j < fs {
			if fj := figureAt(d, j); fj >= 0 && fj != fi && d.Figures[fj].Kind.IsAmount() {
				return false
			}
		}
	}
	return false
}

// The other way round: a fronted "With" phrase with an amount of its own
// ("With the death toll past 28,000,") holds an exclude_near word that
// names that amount, and the main clause's figure after its comma counts
// something else: "With the death toll past 28,000, more than 1.3m people
// ... are now sheltering in Rafah". A phrase with no amount ("With aid cut
// off,") frames its main clause, and its words still may.

// frontedWithScene reports whether sentence s opens (past any stamp) with
// "With", exclude_near hit ex and an amount other than figure fi stand in
// that phrase, before its comma, and fi after it.
func frontedWithScene(d *figures.Document, s *figures.Sentence, ex hit, fi int) bool {
	k := afterStamp(d, s)
	if k >= s.TokEnd || d.LowerTokenText(k) != "with" || ex.start <= k {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	own := false
	for j := k + 1; j < s.TokEnd && j < fs; j++ {
		switch d.TokenText(j) {
		case ",":
			return own && ex.end <= j
		case ";", ":", "—", "–", "(":
			return false
		}
		if fj := figureAt(d, j); fj >= 0 && fj != fi && d.Figures[fj].Kind.IsAmount() {
			own = true
		}
	}
	return false
}
