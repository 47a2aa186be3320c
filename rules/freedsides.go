package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Headlines and live pages tell a swap's two sides as two short clauses,
// one of them a count of people said to be freed with no party named:
// "Four soldiers freed as Israel releases 200 Palestinian prisoners",
// "Saturday's swap: four female soldiers freed, Israel releases 200
// Palestinian prisoners", "First swap of new ceasefire: 4 soldiers home,
// 200 prisoners freed". When the words of one value name one side, a
// count of people freed in a clause of its own, with a noun of its own
// and none of that value's words, is the other side (as parallelSides
// reads two parties freeing theirs). A figure freed with no noun ("40
// released on Monday") may be a part of the named side, and is not read.

// freedOwnClause returns the token after the words that say figure fi's
// people are freed, or -1: the figure, its noun phrase of one to three
// words, then a participle of freeing or a word of coming home ("freed",
// "released", "home", "free").
func freedOwnClause(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	for k := fe + 1; k < s.TokEnd && k <= fe+3; k++ {
		if !d.Tokens[k-1].IsWord() || figureAt(d, k-1) >= 0 {
			return -1
		}
		switch d.LowerTokenText(k) {
		case "freed", "released", "home", "free":
			return k + 1
		}
	}
	return -1
}

// freedSides reports whether figure other, freed in its own short clause
// (freedOwnClause), is the other side of the swap from figure bound, of
// value boundValue: bound is freed too, by a named party (freedBy) or in
// a short clause of its own; a clause mark or a word that joins clauses
// ("as", "while", "and") stands between the two; and no word of the bound
// value stands in other's clause.
func (m *metric) freedSides(d *figures.Document, s *figures.Sentence, bound, other, boundValue int, hits []hit) bool {
	end := freedOwnClause(d, s, other)
	if end < 0 {
		return false
	}
	if _, party := freedBy(d, s, bound); party < 0 && freedOwnClause(d, s, bound) < 0 {
		return false
	}
	os, _ := d.FigureTokens(other)
	bs, be := d.FigureTokens(bound)
	from, to := end, bs
	if bound < other {
		from, to = be, os
	}
	if !clauseJoinBetween(d, from, to) {
		return false
	}
	for _, h := range hits {
		if h.ref.role == roleValue && m.valueOf[h.ref.index] == boundValue && h.start >= os && h.end <= end {
			return false // "200 prisoners freed, 50 prisoners home": one side
		}
	}
	return true
}

// clauseJoinBetween reports whether a clause mark or a word that joins
// two clauses ("as", "while", "and") stands in tokens [from, to).
func clauseJoinBetween(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch w := d.LowerTokenText(k); {
		case isClauseMark(w), w == "as", w == "while", w == "and":
			return true
		}
	}
	return false
}
