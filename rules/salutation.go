package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A letter to the editor opens on its salutation ("Sir,", "Madam,", "Dear
// Editor,"), a broadcast on the name of the one spoken to. The words
// after its comma open the sentence as they would without it, so a year
// there frames all its clause says as "In 2014 the war ... killed 2,251"
// does (sinceevent.go): "Sir, in 2014 the war lasted 51 days and killed
// 2,251". A year of the metric's own years there stays its own.

// salutationEnd returns the first token after the salutation that opens
// sentence s: one or two capitalised words (no figure, not "I") and a
// comma, with a lower-case word after it; -1 when it has none.
func salutationEnd(d *figures.Document, s *figures.Sentence) int {
	for n := 1; n <= 2; n++ {
		w := s.TokStart + n - 1
		if w+2 >= s.TokEnd || !named(d, w) || d.TokenText(w) == "I" || figureAt(d, w) >= 0 {
			return -1
		}
		if d.TokenText(w+1) == "," {
			if !isLowerWord(d.TokenText(w + 2)) {
				return -1
			}
			return w + 2
		}
	}
	return -1
}
