package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An answer that says back the figure its question already put ("HOST:
// ... thirty-eight thousand killed? CORRESPONDENT: Thirty-eight thousand,
// yes, ...") confirms the question's claim and makes none of its own: the
// question's sentence takes the figure by its own keyword, and the
// answer's bare echo, which only the question's keyword names, would count
// the one claim twice. An answer with another figure ("No — forty
// thousand now") or a question with no figure ("How many have died?")
// is read as before.

// echoesQuestion reports whether figure fi of answer s has the value and
// kind of an amount in the question just before s.
func echoesQuestion(d *figures.Document, s *figures.Sentence, fi int) bool {
	q := questionBefore(d, s)
	if q == nil {
		return false
	}
	f := &d.Figures[fi]
	for fj := q.FigStart; fj < q.FigEnd; fj++ {
		if g := &d.Figures[fj]; g.Kind.IsAmount() && g.Kind == f.Kind && g.Value == f.Value {
			return true
		}
	}
	return false
}
