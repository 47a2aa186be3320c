package tracker

import (
	"slices"
	"strings"

	"github.com/claimtrack/claimtrack/model"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// renewedNote reports whether a revised text holds a note that corrects
// the article's figure again, after a note already acted on: the figure
// the article gave last (was) is now another (now). A note the earlier
// version did not hold could only have been written at this revision;
// one kept from it was acted on, and a change under it is an update
// (review52 M1). A note corrects the figure again when it states no count
// other than the figure the article gave last, the new value and the
// figures notes withdrew before ("gave ... as 60,940 and then 60,490. The
// figure is 60,409"; a note that also gives another figure, "the number of
// boats as 412", is about that one), and either states the new value,
// which a note written before could not have known, or is new at this
// revision (earlier, the text read before; nil when it was not kept),
// names the article's figure (namesTaken: "the figure", its noun) and says
// it was wrong (admitsError): "This article was amended again to correct
// the figure". A new note about a name, a photo caption or another count,
// or one that admits no error ("amended to add the latest figure"), is not.
func renewedNote(text string, earlier *string, was model.Observation, now float64, withdrawn map[float64]bool) bool {
	old := was.Readings[0].Value
	for _, n := range correctionNotes(text) {
		note := text[n[0]:n[1]]
		var counts []figures.Figure
		var values []float64
		for _, f := range figures.Find(note) {
			if f.Kind == figures.Count {
				counts, values = append(counts, f), append(values, f.Value)
			}
		}
		if slices.ContainsFunc(values, func(v float64) bool { return v != old && v != now && !withdrawn[v] }) {
			continue
		}
		if slices.Contains(values, now) {
			return true
		}
		if earlier != nil && !strings.Contains(*earlier, strings.TrimSpace(note)) && namesTaken(note, was) && admitsError(note, counts, old, now) {
			return true
		}
	}
	return false
}
