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
