package tracker

import (
	"regexp"
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
// revision (earlier, the text read before; nil when it was not kept) and
// says the article's figure was wrong (saysFigureWrong): "This article was
// amended again to correct the figure". A new note about a name, a photo
// caption or another count, one that admits no error ("amended to add the
// latest figure"), or one that corrects a name and updates the figure, is
// not.
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
		if earlier != nil && !strings.Contains(*earlier, strings.TrimSpace(note)) && saysFigureWrong(note, was) {
			return true
		}
	}
	return false
}

// clauseBreak ends a clause of a note: a sentence's or a list's stop, a
// bracket, or a conjunction joining two clauses.
var clauseBreak = regexp.MustCompile(`[.;:!?](\s|$)|,\s|[()]|\s(and|but|while)\s`)

// saysFigureWrong reports whether a note says, in one clause, that the
// article's figure (was) was wrong: the clause names it (namesTaken: its
// value, its noun, "the figure") and says an error (saysWrong). "to
// correct the spelling of a name and to update the figure" names the
// figure in one clause and an error in another: an update (review54 M1).
func saysFigureWrong(note string, was model.Observation) bool {
	for _, c := range clauseBreak.Split(afterCue(note), -1) {
		if saysWrong(c) && namesTaken(c, was) {
			return true
		}
	}
	return false
}
