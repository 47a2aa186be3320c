package tracker

import (
	"slices"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// renewedNote reports whether a revised text holds a note that corrects
// the article's figure again, after a note already acted on: a note
// (rewritten, or added under the first) that states the new value now,
// which a note written before could not have known, and states no count
// other than the figure the article gave last (old), the new value and
// the figures notes withdrew before ("gave ... as 60,940 and then 60,490.
// The figure is 60,409"). An update under the note acted on states none of
// it and stays an update (review52 M1); a note that also gives another
// figure ("the number of boats as 412") is about that one.
func renewedNote(text string, old, now float64, withdrawn map[float64]bool) bool {
	for _, n := range correctionNotes(text) {
		var counts []float64
		for _, f := range figures.Find(text[n[0]:n[1]]) {
			if f.Kind == figures.Count {
				counts = append(counts, f.Value)
			}
		}
		if !slices.Contains(counts, now) {
			continue
		}
		if !slices.ContainsFunc(counts, func(v float64) bool { return v != old && v != now && !withdrawn[v] }) {
			return true
		}
	}
	return false
}
