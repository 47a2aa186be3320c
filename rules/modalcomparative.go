package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A guess that a count is higher than the one given, made with a modal
// and restated as a figure after a comma or a spaced dash, is the guess,
// not a count: "the true civilian toll could be several times higher,
// perhaps 40,000 or more", "the real number may be far greater —
// possibly 60,000", "might well be much higher than the UN's count, maybe
// 25,000". The comparative completes the modal's "be" (past words of
// degree: "several times", "far", "much") and may carry its "than"
// phrase; a verb of rising or running stands for "be" ("could eventually
// run several times higher, perhaps to as many as 186,000", "could climb
// far higher, perhaps to 186,000"), the level after its hedge and "to". A modal that guesses at the count itself ("could be as high as
// 40,000") is modalbe.go's and stays an estimate; here the figure only
// sizes the comparison. A figure that opens a clause of its own after the
// comma ("Although the real toll may be higher, 12,164 deaths have been
// verified") is a count.

// comparativeReach is how many words may stand between the modal's "be"
// and the comparative, and between the comparative's "than" and the
// comma: a phrase of degree, or the other term of the comparison.
const comparativeReach = 5

// modalComparativeRestated reports whether figure fi of sentence s
// restates a modal's guess that a count is higher (or lower) than another.
func modalComparativeRestated(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	mark := fs - 1
	// The level the guess restates may follow its hedge and the "to" of
	// a verb of rising: "run several times higher, perhaps to as many as
	// 186,000", "climb higher, to perhaps 186,000".
	for n := 0; n < 2 && mark > s.TokStart; n++ {
		if w := d.LowerTokenText(mark); w == "to" || guessWord(w) {
			mark--
		}
	}
	if mark <= s.TokStart {
		return false
	}
	switch d.TokenText(mark) {
	case ",":
	case "—", "–":
		if !d.Tokens[mark].Space {
			return false
		}
	default:
		return false
	}
	word := sentenceWords(d, s)
	c := mark - 1
	if w := word(c); w == "still" || w == "yet" {
		c--
	}
	if !comparative(word(c)) {
		// The comparison's other term: "higher than the UN's count,".
		c = -1
		for j := mark - 1; j > s.TokStart && j >= mark-comparativeReach-1; j-- {
			// An owner's "'s" may stand in the other term ("the UN's
			// count"); its "s" is a word.
			if !d.Tokens[j].IsWord() && !isApostrophe(d.TokenText(j)) {
				return false
			}
			if word(j) == "than" && comparative(word(j-1)) {
				c = j - 1
				break
			}
		}
		if c < 0 {
			return false
		}
	}
	be := -1
	for j := c - 1; j > s.TokStart && j >= c-comparativeReach; j-- {
		if !d.Tokens[j].IsWord() {
			return false
		}
		if w := word(j); w == "be" || w == "run" || w == "go" || changeVerb(w) {
			be = j
			break
		}
	}
	if be < 0 {
		return false
	}
	modal := -1
	for j := be - 1; j >= s.TokStart && j >= be-2; j-- {
		if comingModal(word(j)) && d.TokenText(j) != "May" {
			modal = j
			break
		}
	}
	if modal < 0 || subordinateOpening(d, s, modal) {
		return false
	}
	return !opensOwnClause(d, s, fe)
}

// subordinateOpening reports whether the clause holding token k of
// sentence s opens on a subordinating word or "if": the clause after its
// comma is the main one.
func subordinateOpening(d *figures.Document, s *figures.Sentence, k int) bool {
	j := k
	for j > s.TokStart && d.Tokens[j-1].IsWord() {
		j--
	}
	w := d.LowerTokenText(j)
	return subordinatingWord(w) || w == "if"
}

// opensOwnClause reports whether an auxiliary follows the figure ending at
// token fe within three words, before a mark or a word that opens another
// clause: the figure is the subject of a clause of its own ("12,164
// civilian deaths have been verified").
func opensOwnClause(d *figures.Document, s *figures.Sentence, fe int) bool {
	for k := fe; k < s.TokEnd && k < fe+3 && d.Tokens[k].IsWord(); k++ {
		w := d.LowerTokenText(k)
		if auxiliary(w) || modalWord(w) {
			return true
		}
		if subordinatingWord(w) || timeConjunction(w) || w == "once" || w == "if" || w == "as" {
			return false
		}
	}
	return false
}
