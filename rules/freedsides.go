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
		case "freed", "released", "free":
			if rescuedFrom(d, s, k) {
				return -1 // "two soldiers freed from a collapsed tunnel" (rescuedfrom.go)
			}
			return k + 1
		case "home":
			if cameHomeOwnAccord(d, s, k) {
				return -1
			}
			return k + 1
		}
	}
	return -1
}

// cameHomeOwnAccord reports whether the "home" at token k of sentence s
// follows a verb of the people's own coming back ("three soldiers
// returned home", "four reservists came home") in a sentence that tells
// no exchange, nor does the one before it (exchangeToldNear): people who
// come home of their own accord were freed by no one. "Four soldiers
// home" and "brought home" have no such verb; "returned home" in a
// sentence of a swap ("in return", "swap") is the side's coming home.
func cameHomeOwnAccord(d *figures.Document, s *figures.Sentence, k int) bool {
	if k-1 < s.TokStart {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "returned", "returns", "return", "returning":
		if k-2 >= s.TokStart && beForm(d.LowerTokenText(k-2)) {
			return false // "were returned home": given back
		}
	default:
		if !comesFree(d, s, k-1) {
			return false
		}
	}
	return !exchangeToldNear(d, s)
}

// exchangeToldNear reports whether sentence s or the one before it tells
// an exchange in words: "in return", "in exchange", or a word of swapping
// or trading that is not denied (deniedSwap).
func exchangeToldNear(d *figures.Document, s *figures.Sentence) bool {
	if exchangeWords(d, s) {
		return true
	}
	prev := previousSentence(d, s)
	return prev != nil && exchangeWords(d, prev)
}

// exchangeWords reports whether sentence s holds the words of an
// exchange (tellsSwap's, less its acts of freeing).
func exchangeWords(d *figures.Document, s *figures.Sentence) bool {
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch d.LowerTokenText(k) {
		case "return", "exchange":
			if k > s.TokStart && d.LowerTokenText(k-1) == "in" {
				return true
			}
		}
		switch d.LowerTokenText(k) {
		case "swap", "swaps", "swapped", "exchange", "exchanged", "exchanges", "trade", "traded", "trades":
			if !deniedSwap(d, s, k) {
				return true
			}
		}
	}
	return false
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
	if _, party := freedBy(d, s, bound); party < 0 && freedOwnClause(d, s, bound) < 0 && !m.capturedSubject(d, s, bound, boundValue, hits) {
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
	// Other's clause runs on to the next clause break past its verb: "12
	// women released earlier in the week had been held without charge"
	// are told by the bound side's own words.
	clauseEnd := end
	for clauseEnd < s.TokEnd && !sideBreak(d, clauseEnd) && (bound < other || clauseEnd < bs) {
		clauseEnd++
	}
	for _, h := range hits {
		if h.ref.role == roleValue && m.valueOf[h.ref.index] == boundValue && h.start >= os && h.end <= clauseEnd {
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

// capturedSubject reports whether figure fi opens a clause of its own (the
// sentence's start, a comma or a word that joins clauses right before it)
// and counts its value's own word for the captives as its noun
// (ownWordNoun): the side a captor gives back, told as what the captives
// do ("30 Palestinians walked free tonight as 10 more hostages crossed
// into Israel"). Captives a party holds are its object, not a side freed:
// "Hamas still holds 100 hostages, and 30 Palestinians freed on Monday
// ...".
func (m *metric) capturedSubject(d *figures.Document, s *figures.Sentence, fi, vi int, hits []hit) bool {
	fs, _ := d.FigureTokens(fi)
	if fs > s.TokStart {
		switch w := d.LowerTokenText(fs - 1); {
		case w == ",", sideBreak(d, fs-1):
		default:
			return false
		}
	}
	return m.ownWordNoun(d, fi, vi, hits)
}
