package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// An event named for a place inside the metric's own place is the metric's
// own event, fought or suffered there: "Gaza toll climbs past 25,000 amid
// Khan Younis fighting", "killed in the Kharkiv offensive" for Ukraine's
// dead. The names of names/within.yaml are no foreign name to
// foreignEventAt, though none of the metric's own words gives them.

// innerPlaceStarts reports whether a place inside one of the metric's own
// places (its capital among them) is named from token k of sentence s.
func (m *metric) innerPlaceStarts(d *figures.Document, s *figures.Sentence, k int) bool {
	for _, r := range m.regions {
		if namedPlaceAt(d, s, k, r.within) || namedPlaceAt(d, s, k, r.capital) {
			return true
		}
	}
	return false
}
