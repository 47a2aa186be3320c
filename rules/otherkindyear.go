package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// An earlier year may date a measure of another kind in a clause of its
// own: "The war has displaced upwards of 12m people ..., and aid agencies
// note that UK spending has fallen by almost a third since 2019 to about
// £97m a year". The year counts that measure from 2019 (money, a share),
// not the figure of people in another clause, which the sentence is
// still read for (ownClauseApart).

// datesOtherKind reports whether the stretch of the earlier year at token
// yt holds an amount figure, and every amount figure in it is of another
// kind than figure fi (a share or money beside a count): the year dates
// those.
func datesOtherKind(d *figures.Document, s *figures.Sentence, yt, fi int) bool {
	cs, ce := markedStretch(d, s, yt, yt+1)
	kind := d.Figures[fi].Kind
	other := false
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		fs, _ := d.FigureTokens(fj)
		if fs < cs || fs >= ce || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		if d.Figures[fj].Kind == kind {
			return false
		}
		other = true
	}
	return other
}
