package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A writer gives a tally's value in an apposition on its noun and goes on
// with the noun's own verb: "Even though the ministry's toll, now 53,000,
// counts fighters and civilians together, ...", "The UN's count — still
// about 12,000 — includes only deaths it has verified". The figure is the
// tally's; what the verb after the apposition says the tally counts or
// includes ("fighters and civilians together") is said of the tally, not a
// noun of the figure, so an exclude_near word there does not name it.

// valueAppositionEnd returns the mark that closes an apposition of
// figure fi on a tally noun right before it (a comma or a dash, perhaps
// an adverb of time after it: "now", "still", "currently",
// stateTimeAdverb), when a finite verb follows the closing mark; -1
// otherwise.
func valueAppositionEnd(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	open := fs - 1
	for open > s.TokStart && stateTimeAdverb(d.LowerTokenText(open)) {
		open--
	}
	if open <= s.TokStart || fe+1 >= s.TokEnd {
		return -1
	}
	mark := d.TokenText(open)
	if mark != "," && !isDash(mark) || d.TokenText(fe) != mark && !(isDash(mark) && isDash(d.TokenText(fe))) {
		return -1
	}
	if !tallyNoun(d.LowerTokenText(open - 1)) {
		return -1
	}
	if !finiteVerbWithin(d, fe+1, 1) && !auxiliary(d.LowerTokenText(fe+1)) {
		return -1
	}
	return fe
}

// predicateOfValueApposition reports whether exclude_near hit h stands
// after the apposition that gives figure fi as a tally's value
// (valueAppositionEnd), in the tally's own predicate.
func predicateOfValueApposition(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	end := valueAppositionEnd(d, s, fi)
	return end >= 0 && h.start > end
}

// A writer may date the value in the apposition: "its total, about 12,900
// in spring 2025, lags behind local estimates", "The ministry's tally —
// 34,844 in early May — counts ...". The time right after the figure,
// closing the apposition, says when the tally stood there, as "stood at
// 9,614 this month" does (levelreadat.go), not that the figure counts that
// period alone.

// datedApposition reports whether token k, right after figure fi, opens a
// time that closes an apposition of fi on a tally noun: the figure
// follows the noun's comma or dash (perhaps past an adverb of time), the
// time runs to the same mark with no verb, and a finite verb of the
// tally follows it.
func datedApposition(d *figures.Document, s *figures.Sentence, fi, k int) bool {
	fs, fe := d.FigureTokens(fi)
	if k != fe {
		return false
	}
	open := fs - 1
	for open > s.TokStart && stateTimeAdverb(d.LowerTokenText(open)) {
		open--
	}
	if open <= s.TokStart || !tallyNoun(d.LowerTokenText(open-1)) {
		return false
	}
	mark := d.TokenText(open)
	if mark != "," && !isDash(mark) {
		return false
	}
	for j := k; j < s.TokEnd && j < k+datedAppositionWords; j++ {
		w := d.TokenText(j)
		if w == mark || isDash(mark) && isDash(w) {
			return j > k && j+1 < s.TokEnd && (finiteVerbWithin(d, j+1, 1) || auxiliary(d.LowerTokenText(j+1)))
		}
		if !d.Tokens[j].IsWord() && figureAt(d, j) < 0 || auxiliary(d.LowerTokenText(j)) {
			return false
		}
	}
	return false
}

// datedAppositionWords bounds the time that closes an apposition: "in
// the spring of 2025".
const datedAppositionWords = 6
