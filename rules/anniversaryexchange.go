package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An exchange recalled on its anniversary is a past one, named for whom it
// freed or who brokered it: "Shalit deal anniversary: the 1,027 prisoners
// freed for one soldier", "On the anniversary of the Jibril exchange,
// 1,150 prisoners for three soldiers", "the Tennenbaum swap's tenth
// anniversary". A swap metric (values:) counts the deals of its own talks;
// a deal named by a name and marked by its anniversary is another. A deal
// named by a month ("the November truce's anniversary") may be the
// metric's own, and stays.

// anniversaryExchange returns the token of an anniversary of a named
// exchange in sentence s, or -1.
func anniversaryExchange(d *figures.Document, s *figures.Sentence) int {
	for k := s.TokStart; k < s.TokEnd; k++ {
		w := d.LowerTokenText(k)
		if w != "anniversary" && w != "anniversaries" {
			continue
		}
		if namedExchangeBefore(d, s, k) || namedExchangeAfter(d, s, k) {
			return k
		}
	}
	return -1
}

// namedExchangeBefore reports whether an exchange's noun after a name
// stands just before the anniversary at token k, an owner's 's and an
// ordinal aside: "Shalit deal anniversary", "the Shalit swap's tenth
// anniversary", "the Shalit swap's 10th anniversary".
func namedExchangeBefore(d *figures.Document, s *figures.Sentence, k int) bool {
	j := k - 1
	if o := ordinalEndingAt(sentenceWords(d, s), j); o > s.TokStart {
		j = o - 1
	}
	if ownerBefore(d, j+1) >= 0 {
		j -= 2
	}
	return j > s.TokStart && exchangeNoun(d.LowerTokenText(j)) && exchangeName(d, j-1)
}

// namedExchangeAfter reports whether "of (the) NAME EXCHANGE" follows the
// anniversary at token k: "the anniversary of the Jibril exchange".
func namedExchangeAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	j := k + 1
	if j >= s.TokEnd || d.LowerTokenText(j) != "of" {
		return false
	}
	j++
	if j < s.TokEnd && d.LowerTokenText(j) == "the" {
		j++
	}
	return j+1 < s.TokEnd && exchangeName(d, j) && exchangeNoun(d.LowerTokenText(j+1))
}

// exchangeName reports whether token k is a name that is no month: whom
// a past exchange is named for.
func exchangeName(d *figures.Document, k int) bool {
	return named(d, k) && monthNumber(d.LowerTokenText(k)) == 0
}

// exchangeNoun reports whether w names an exchange of captives.
func exchangeNoun(w string) bool {
	switch w {
	case "deal", "swap", "exchange", "trade", "release":
		return true
	}
	return false
}
