package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An answer may give a sum over a span first and restate it as a year's
// amount after a dash: "How much military aid does the US give Israel?
// Under the agreement it committed $38bn over the decade — about $3.8bn a
// year", "How many hostages came home? Thirty-three over six weeks —
// roughly five a week". The restatement answers the question as the sum
// before it does: both are the answer's first amount, said two ways, and
// the metric's own period decides which it takes.

// restatedAnswerWords is how many words may stand between the dash and
// the restating figure: "about", "an average of", "or roughly".
const restatedAnswerWords = 3

// restatesFirstAmount reports whether figure fi of sentence s restates the
// amount fj just before it after a dash: nothing but the span of fj's own
// phrase before the dash (no clause mark, no other amount), and at most a
// few words after it.
func restatesFirstAmount(d *figures.Document, s *figures.Sentence, fj, fi int) bool {
	if fi <= fj || d.Figures[fj].Kind != d.Figures[fi].Kind {
		return false
	}
	for fk := fj + 1; fk < fi; fk++ {
		if d.Figures[fk].Kind.IsAmount() {
			return false // another amount between: no restatement
		}
	}
	_, je := d.FigureTokens(fj)
	fs, _ := d.FigureTokens(fi)
	dash := -1
	for k := je; k < fs; k++ {
		w := d.TokenText(k)
		if isDash(w) {
			if dash >= 0 {
				return false
			}
			dash = k
			continue
		}
		if w == ";" || w == ":" || w == "," && dash < 0 {
			return false
		}
	}
	return dash >= 0 && d.WordPos(fs)-d.WordPos(dash+1) <= restatedAnswerWords
}
