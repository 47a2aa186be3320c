package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// An earlier year that a "when" clause after its comma tells of dates
// what that clause says: "My father still talks about 1982, when the
// Lebanon war killed some 19,000 people", "It was worse in 2014, when
// 2,251 Palestinians died". The year names the time, the clause the event
// of then (since.go, earlierEvent). An amount before the year is told
// before the sentence turns to then, and the sentence is not all of
// then: "the figure of 61,000-plus dead ...; nobody said that about the
// ministry's numbers in 2014, when ...", "With 110 prisoners freed for
// three hostages today, comparisons with 2011, when 1,027 ...".

// yearWhenClause reports whether year figure fi, ending at token te, is
// followed by a comma and "when", and no amount stands before it.
func yearWhenClause(d *figures.Document, s *figures.Sentence, fi, te int) bool {
	if te+1 >= s.TokEnd || d.TokenText(te) != "," || !strings.EqualFold(d.TokenText(te+1), "when") {
		return false
	}
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() {
			return false
		}
	}
	return true
}
