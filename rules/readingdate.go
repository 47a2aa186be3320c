package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total put at a value and then dated is a reading of the
// total at that time: "The UN mission put the civilian toll at 9,177 in
// July", "the tally stood at 10,582 last month", "monitors placed the
// number at 9,614 this month". The period dates the valuation (as "as of
// July" would: asofreading.go), not a part counted over it, so an
// exclude_near word of a period right after the value is no reason to
// turn it away. A period that bounds the count ("deaths reached 1,300
// in July", "In July, 1,300 were killed") stays excluded: there no verb
// puts the count at the figure.

// valuedReadingDate reports whether exclude_near hit h of sentence s is
// a period that dates the reading of figure fi: h starts right after the
// figure and names a month or a unit of time, the figure follows "at",
// and a verb that puts a count at a value or says where it stands
// (estimateVerb, "stood", "stands") is at most valuedReadingWords tokens
// before the "at", in the figure's clause.
func valuedReadingDate(d *figures.Document, s *figures.Sentence, h hit, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if h.start != fe || fs-1 <= s.TokStart || d.LowerTokenText(fs-1) != "at" || !periodPhrase(d, h) {
		return false
	}
	for k := fs - 2; k >= s.TokStart && k >= fs-1-valuedReadingWords; k-- {
		w := d.LowerTokenText(k)
		if isClauseMark(w) || figureIn(d, s, k) >= 0 {
			return false
		}
		if estimateVerb(w) || standingVerb(w) {
			return true
		}
	}
	return false
}

// valuedReadingWords is how far before the "at" the verb may stand: "put
// the overall civilian death toll at" is six.
const valuedReadingWords = 7

// periodPhrase reports whether the tokens of hit h name a time: a month
// ("in July") or a unit of time ("this month", "last year").
func periodPhrase(d *figures.Document, h hit) bool {
	for k := h.start; k < h.end; k++ {
		if w := d.LowerTokenText(k); monthName(w) || timeUnit(w) {
			return true
		}
	}
	return false
}

// standingVerb reports whether lower-cased w says where a count stands:
// "the toll stood at", "stands at".
func standingVerb(w string) bool {
	switch w {
	case "stood", "stands", "stand", "standing":
		return true
	}
	return false
}
