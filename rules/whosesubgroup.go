package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A restrictive "whose" clause on what a figure counts, with no comma
// before it, picks out some of them: "Of the 24,686 dead whose identities
// the ministry has fully recorded, 7,797 were children" counts the dead
// identified so far, a part of the toll. A clause that holds a keyword of
// the metric says again what the figure counts ("34,000 Palestinians whose
// deaths the ministry has recorded") and picks out nothing; one set off by a
// comma (", whose names ...") is an aside on the whole (whose_subgroup.yaml).

// whoseSubgroup reports whether the noun figure fi counts, keyword hit kw
// right after it (past at most one modifier) or the noun countedNoun finds,
// is followed by "whose" opening a clause with no keyword of kw's metric up
// to the next mark.
func whoseSubgroup(d *figures.Document, s *figures.Sentence, fi int, hits []hit, kw int) bool {
	_, fe := d.FigureTokens(fi)
	h := hits[kw]
	end := -1
	switch {
	case h.start == fe || h.start == fe+1 && d.Tokens[fe].IsWord():
		end = h.end
	default:
		if n := countedNoun(d, s, fi); n >= 0 {
			end = n + 1
		}
	}
	if end < 0 || end >= s.TokEnd || d.LowerTokenText(end) != "whose" {
		return false
	}
	stop := end + 1
	for stop < s.TokEnd && !stretchMark(d, stop) {
		stop++
	}
	for _, o := range hits {
		if o.start > end && o.start < stop && o.ref.metric == h.ref.metric && o.ref.role == roleKeyword {
			return false
		}
	}
	return true
}
