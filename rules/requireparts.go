package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A require word of a part is the total's too when the total sums the
// parts: "Washington hands Israel $3.3bn a year in FMF, plus $500m for
// missile defence, for a total of $3.8bn". "a year" stands right after
// the first part and describes it (requireOwnedElsewhere), but a total of
// yearly parts is a yearly total, as "every year" after the parts makes
// it. A total that names a period of its own ("for a total of $38bn over
// the decade") is read for that period by the period readings.

// partOfTotal reports whether amount g is one of the parts that figure fi
// sums after them (partsTotal: "..., for a total of", "..., bringing the
// total to", "— N in all").
func partOfTotal(d *figures.Document, s *figures.Sentence, fi, g int) bool {
	if g == fi {
		return false
	}
	p := partsTotal(d, s, fi)
	if p.conn < 0 {
		return false
	}
	gs, _ := d.FigureTokens(g)
	return p.first <= gs && gs < p.comma
}
