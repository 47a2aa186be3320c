package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A vague crowd above a metric's max ("the millions affected") is no
// whole the metric could take, so a count drawn from it may be the total
// itself (includedpart.go noWholeBefore asks touchedCrowd). Only a crowd the
// event touched is such a crowd: one of another count's condition ("the
// millions left homeless", "displaced") keeps the count its subgroup
// (vague_whole_above_max.yaml).

// touchedCrowd reports whether figure fj of sentence s is followed by a
// participle of being touched by an event ("the millions affected",
// "millions were hit by the tremors"), perhaps past "people" or a form
// of "be": the
// whole of those the event reached, not a count of another condition.
func touchedCrowd(d *figures.Document, s *figures.Sentence, fj int) bool {
	_, k := d.FigureTokens(fj)
	if k < s.TokEnd && d.LowerTokenText(k) == "people" {
		k++
	}
	for n := 0; n < 2 && k < s.TokEnd; n++ {
		if w := d.LowerTokenText(k); !beForm(w) && w != "have" && w != "has" && w != "had" {
			break
		}
		k++ // "Millions were affected", "millions have been hit"
	}
	return k < s.TokEnd && touchedParticiple(d.LowerTokenText(k))
}
