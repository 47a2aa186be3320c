package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Another people: a figure in the metric's words may count a people the
// metric does not (a plural demonym of a place its words do not name). It
// stands apart from otherstate.go's other time and parts of a whole
// because it reads only the figure's noun and the metric's own words.

// otherPeople reports whether figure fi counts a people the metric does not
// count: its noun, right after it, is a plural demonym ("Israelis",
// "Syrians", "Afghans") of a place the metric's words do not name, and the
// metric's own name or description names a people ("Palestinians killed in
// Gaza"), so that it says whose count it is. A metric that names no people
// may count anyone in its place.
func (m *metric) otherPeople(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !m.namesPeople {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd {
		return false
	}
	// In title case every noun is capitalised ("Strikes Kill 100
	// Civilians"): a capital says nothing of a people there.
	if fs-1 > s.TokStart && named(d, fs-1) || fe+1 < s.TokEnd && named(d, fe+1) {
		return false
	}
	w := d.TokenText(fe)
	return pluralDemonym(w) && m.foreignName(w)
}

// pluralDemonym reports whether w is a people named in the plural by its
// place: "Israelis", "Palestinians", "Syrians", "Iraqis", or a listed
// demonym with an s ("Croats").
func pluralDemonym(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "s") || !demonymShape(w) && !demonymShape(w[:len(w)-1]) {
		return false
	}
	return strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "is") || listedDemonym(w[:len(w)-1])
}

// specNamesPeople reports whether the metric's name or description names a
// people: a plural demonym ("Palestinians killed in Gaza").
func specNamesPeople(s MetricSpec) bool {
	for _, text := range []string{s.Name, s.Description} {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r < 'A' || r > 'Z' && r < 'a' || r > 'z' }) {
			if pluralDemonym(w) {
				return true
			}
		}
	}
	return false
}
