package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A broadcaster names the one spoken to between a figure and what it goes
// on to say of it: "Nine million people, Carol — that's how many the UN
// now says have been pushed out of their homes", "Forty thousand, Mishal,
// that is the figure the ministry gave". The name, set off by marks, says
// nothing of the figure: the clause after it restates the figure as it
// would right after the first mark (restatedFrom).

// vocativeEnd returns the mark that closes the name of the one spoken to
// when it opens right after the mark at token k of sentence s: one or two
// capitalised words (not "I") between that mark and a comma, a dash or
// the full stop; -1 otherwise.
func vocativeEnd(d *figures.Document, s *figures.Sentence, k int) int {
	if k < s.TokStart || k+2 >= s.TokEnd || !correctionMark(d.TokenText(k)) && !isDash(d.TokenText(k)) {
		return -1
	}
	for n := 1; n <= 2; n++ {
		w := k + n
		if w+1 >= s.TokEnd || !named(d, w) || d.TokenText(w) == "I" || figureAt(d, w) >= 0 {
			return -1
		}
		switch c := d.TokenText(w + 1); {
		case c == "," || isDash(c) || c == "." && w+1 == s.TokEnd-1:
			return w + 1
		}
	}
	return -1
}
