package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A running total's level is read at a time: "crossed the 10 million mark
// this month", "reached 11.9 million this month", "The UN mission put the
// civilian toll at 9,177 in July", "the tally stood at 10,582 last month".
// The period right after the level (past the mark's noun) dates when the
// count stood there, as "as of July" would (asofreading.go), not that the
// figure is the period's own part of it, as "displaced this month" is. A
// metric's exclude_near word of a period is then no reason to turn the
// figure away.
//
// How sure the reading is depends on what sets the level. A verb that
// puts a count at a value or says where it stands ("put ... at", "stood
// at") dates the level with any period, a month too. A verb of reaching,
// "at", "to" or the figure's own bound verb dates it only with a recent
// period ("this month", "last week"): "deaths reached 1,300 in July" bounds
// the count by its month. A period after a verb of the event ("200,000 fled
// this month") or marked as a part ("reached 200,000 this month alone")
// stays excluded.

// levelReadAt reports whether exclude_near hit h of sentence s is a period
// that dates the level figure fi gives a running total: a period right
// after a value a verb puts the count at (valuedLevel), or a recent period
// ("this" or "last" and a unit of time), not followed by "alone", right
// after the figure or the mark noun that follows it, when fi is the level a
// count stands at (countAtTime).
func levelReadAt(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	fs, fe := d.FigureTokens(fi)
	if h.start == fe && valuedLevel(d, s, fs) && periodPhrase(d, h) {
		return true
	}
	k := fe
	if passedMark(d, s, fi) {
		k++ // "the 10 million mark this month"
	}
	if h.start != k || h.end-h.start != 2 || h.end > s.TokEnd {
		return false
	}
	switch d.LowerTokenText(h.start) {
	case "this", "last":
	default:
		return false
	}
	if !timeUnit(d.LowerTokenText(h.start + 1)) {
		return false
	}
	if h.end < s.TokEnd && d.LowerTokenText(h.end) == "alone" {
		return false
	}
	return countAtTime(d, s, fi)
}

// valuedLevel reports whether the figure opening at token fs follows "at"
// and a verb that puts a count at a value or says where it stands
// (estimateVerb, standingVerb) is at most valuedLevelWords tokens before
// the "at", in the figure's clause.
func valuedLevel(d *figures.Document, s *figures.Sentence, fs int) bool {
	if fs-1 <= s.TokStart || d.LowerTokenText(fs-1) != "at" {
		return false
	}
	for k := fs - 2; k >= s.TokStart && k >= fs-1-valuedLevelWords; k-- {
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

// valuedLevelWords is how far before the "at" the verb may stand: "put
// the overall civilian death toll at" is six.
const valuedLevelWords = 7

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
