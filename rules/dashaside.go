package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// dashAsideWords is how many words a speaker's aside between dashes may
// hold: "— let me get this right —", "— and I want to be careful here —".
const dashAsideWords = 8

// dashAsideBefore returns the opening dash of an aside that closes right
// before the figure starting at token fs, or fs when there is none: a
// transcript's speaker breaks off between a verb and its figure ("brings
// the number ... to — let me get this right — thirteen thousand, five
// hundred and eighty"). The aside holds words and commas only, no figure,
// and a word stands before its opening dash: what is read across it is
// read as if the aside were not there.
func dashAsideBefore(d *figures.Document, s *figures.Sentence, fs int) int {
	if fs-1 <= s.TokStart || !isDash(d.TokenText(fs-1)) {
		return fs
	}
	words := 0
	for k := fs - 2; k > s.TokStart; k-- {
		t := d.TokenText(k)
		if isDash(t) {
			if words == 0 || !d.Tokens[k-1].IsWord() {
				return fs
			}
			return k
		}
		if figureIn(d, s, k) >= 0 {
			return fs
		}
		if d.Tokens[k].IsWord() {
			if words++; words > dashAsideWords {
				return fs
			}
		} else if t != "," && t != "'" && t != "’" {
			return fs
		}
	}
	return fs
}
