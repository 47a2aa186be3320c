package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "Its side" is one side when the speaker it points back to is a body of a
// place the metric rules out as a part, as "the Turkish side" is
// (otherstate.go, sideOfPlace): "Turkey's disaster agency, AFAD, now says
// 40,642 people died on its side of the border alone", "Syrian officials
// say 5,900 were killed on their side". The place is named before the
// figure in the sentence; with none, "its" may be the whole's.

// possessiveSideOfExcluded reports whether the side noun at token k has
// "its" or "their" before it and a place an exclude_near word rules out
// is named before figure token fs.
func (m *metric) possessiveSideOfExcluded(d *figures.Document, s *figures.Sentence, k, fs int) bool {
	if p := d.LowerTokenText(k - 1); p != "its" && p != "their" {
		return false
	}
	for t := s.TokStart; t < fs; t++ {
		if w := d.TokenText(t); named(d, t) && len(w) >= stemLetters && m.excludesPlaceOf(w) {
			return true
		}
	}
	return false
}
