package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// requireOwnedElsewhere reports whether every require hit of the sentence is
// the phrase of another amount: a require word right after a figure
// describes that figure, not the others ("$3.8bn a year in military aid, or
// $38bn over the decade": the year is the $3.8bn's, not the $38bn's).
func requireOwnedElsewhere(d *figures.Document, s *figures.Sentence, hits []hit, fi int) bool {
	owned := false
	for _, h := range hits {
		if h.ref.role != roleRequire {
			continue
		}
		// A require word in a list item's label describes that item's
		// figure, not the figure of the item before it ("$38bn | Per
		// year: $3.8bn").
		g := labelHolding(d, s, h)
		if g < 0 {
			g = figureJustBefore(d, s, h.start)
		}
		if g < 0 || g == fi || restates(d, fi, g) || partOfTotal(d, s, fi, g) {
			return false
		}
		owned = true
	}
	return owned
}

// restates reports whether amount g follows amount fi with no word between:
// a conversion in brackets ("$3.8bn (£3bn) a year") restates its figure and
// shares its words.
func restates(d *figures.Document, fi, g int) bool {
	_, fe := d.FigureTokens(fi)
	gs, _ := d.FigureTokens(g)
	return fe <= gs && d.WordPos(gs)-d.WordPos(fe) == 0
}

// figureJustBefore is the amount whose last token sits right before token
// t, or -1.
func figureJustBefore(d *figures.Document, s *figures.Sentence, t int) int {
	for gi := s.FigStart; gi < s.FigEnd; gi++ {
		if !d.Figures[gi].Kind.IsAmount() {
			continue
		}
		if _, ge := d.FigureTokens(gi); ge <= t && d.WordPos(t)-d.WordPos(ge) == 0 {
			return gi
		}
	}
	return -1
}
