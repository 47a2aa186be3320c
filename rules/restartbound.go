package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker who starts a figure, breaks off at a dash and says it whole
// gives the bound once, with the first saying: "more than twenty —
// twenty-two thousand dead" is more than 22,000, "close to nine — nine
// thousand six hundred" nearly 9,600. The first saying is withdrawn
// (respoken.go restatedLonger), but its bound words were said of the
// whole: the whole takes them when it has none of its own. A correction
// ("about eleven thousand — no, sorry, 12,400") gives a new figure, and
// its own bound or none.

// restartBound returns the bound that figure fi of sentence s takes from
// the broken-off start right before it, and whether there is one: that
// start is withdrawn by restatedLonger, its qualifier a bound, and fi's
// exact.
func restartBound(d *figures.Document, s *figures.Sentence, fi int) (figures.Qualifier, bool) {
	if fi <= s.FigStart || d.Figures[fi].Qualifier != figures.Exact {
		return figures.Exact, false
	}
	switch q := d.Figures[fi-1].Qualifier; q {
	case figures.Exact, figures.Range, figures.Vague:
		return figures.Exact, false
	default:
		if !restatedLonger(d, s, fi-1) {
			return figures.Exact, false
		}
		return q, true
	}
}
