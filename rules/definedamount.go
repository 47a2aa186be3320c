package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A definition gives its subject's amount after a dash: "Foreign Military
// Financing is grant money the US gives Israel to buy American weapons —
// $3.3bn a year under the current agreement". The keyword is the subject
// the sentence defines ("X is", "X are", "X means"), and the figure opens a
// verbless phrase after the dash that closes the definition: it says how
// much the subject is, however long the definition between. A clause of its
// own after the dash ("— Egypt gets $1.3bn", "— $500m was added") is not
// the subject's.

// definitionVerbWords is how many words may stand between the defined
// keyword and its verb ("FMF, the largest programme, is").
const definitionVerbWords = 6

// definedAmount reports whether figure fi of sentence s opens a verbless
// phrase right after a dash, and keyword hit kw is the subject of the
// definition before it.
func definedAmount(d *figures.Document, s *figures.Sentence, fi int, kw hit) bool {
	fs, fe := d.FigureTokens(fi)
	if fs-1 <= s.TokStart || !isDash(d.TokenText(fs-1)) || kw.end >= fs-1 {
		return false
	}
	word := sentenceWords(d, s)
	// The defining verb after the keyword, before the dash.
	verb := -1
	for k, words := kw.end, 0; k < fs-1 && words <= definitionVerbWords; k++ {
		if w := word(k); w == "is" || w == "are" || w == "means" {
			verb = k
			break
		} else if isDash(w) || sameKindAt(d, s, fi, k) {
			return false
		}
		if d.Tokens[k].IsWord() {
			words++
		}
	}
	if verb < 0 {
		return false
	}
	for k := verb + 1; k < fs-1; k++ {
		if isDash(d.TokenText(k)) || sameKindAt(d, s, fi, k) {
			return false // one dash, no amount of the definition's own
		}
	}
	// The phrase after the figure has no verb of its own, up to a comma.
	for k := fe; k < s.TokEnd; k++ {
		w := word(k)
		if w == "," || w == ";" || isDash(w) {
			break
		}
		if sameKindAt(d, s, fi, k) || clauseVerbWord(w) {
			return false
		}
	}
	return true
}

// clauseVerbWord reports whether lower-cased w is a form of "be", "have",
// "will" or a modal: the verb of a clause.
func clauseVerbWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must":
		return true
	}
	return false
}

// sameKindAt reports whether a figure of figure fi's kind stands at token
// k: another amount, where a year ("the 2016 memorandum") or a model's
// number ("F-35s") is not.
func sameKindAt(d *figures.Document, s *figures.Sentence, fi, k int) bool {
	fj := figureIn(d, s, k)
	return fj >= 0 && fj != fi && d.Figures[fj].Kind == d.Figures[fi].Kind
}
