package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A metric of a city inside a wider place (Rafah in Gaza) reads a figure
// the wider place owns ("Gaza's 2.15 million residents") as the wider
// place's people, not the city's, when the city stands only in a clause of
// its own after the figure: "Gaza's 2.3 million souls can find no safe
// patch to shelter in, and Rafah was meant to be the exception" counts the
// Strip. The metric's own words may name the wider place (the shipped
// metric's description places Rafah in the Gaza Strip), so
// possessorplace.go, which leaves a place the metric names, does not read
// it; widerPeopleElsewhere asks this beside a wider people's demonym. The
// city's own people stay: "Rafah's 1.45 million have no safe corner left,
// and the north of Gaza is rubble" (rafah_back_reference.yaml).

// regionOwnsFigure reports whether figure fi of sentence s follows an
// owner's "'s" (perhaps with "own" between) whose name is a region of
// names/within.yaml holding one of the metric's scope places.
func (m *metric) regionOwnsFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	if len(m.scopeRegions) == 0 || d.Figures[fi].Kind != figures.Count {
		return false
	}
	fs, _ := d.FigureTokens(fi)
	k := fs
	if k-1 > s.TokStart && d.LowerTokenText(k-1) == "own" {
		k--
	}
	n := ownerBefore(d, k)
	if n < s.TokStart || !named(d, n) {
		return false
	}
	return regionWord(d.LowerTokenText(n), m.scopeRegions)
}

// coordinateClause reports whether ", and" or ", but" opens a clause with
// a subject and a finite verb of its own among tokens [from, to): ", and
// Rafah was meant to be the exception". clauseBreak reads ", and" only
// before a clause set in a place of its own; a wider place's people are
// told apart from the city by any clause of the city's own.
func coordinateClause(d *figures.Document, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if d.TokenText(k-1) != "," {
			continue
		}
		if w := d.LowerTokenText(k); (w == "and" || w == "but") && opensSubject(d, k+1) && finiteVerbWithin(d, k+2, 4) {
			return true
		}
	}
	return false
}
