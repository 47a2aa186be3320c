package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "That war" may point back to a year the sentence before names, not an
// event or a place: "How does this compare with 2014? That war, which
// lasted 50 days, killed 2,251", "Go back to 1999. That quake killed
// 17,000". A year before the metric's count began names an earlier event,
// as "the 2014 war" does (since.go), and the event "that" points to is
// that one (pointsBackToOther). A sentence before that also names a year
// of the metric's own ("the war that began in 2023, unlike 2014") leaves
// "that" pointing at either, and the figure stays.

// namesOnlyEarlierYear reports whether sentence prev names a year before
// the metric's count began (countFrom) and none from it on.
func (m *metric) namesOnlyEarlierYear(d *figures.Document, prev *figures.Sentence) bool {
	if m.countFrom <= 0 {
		return false
	}
	earlier := false
	for fi := prev.FigStart; fi < prev.FigEnd; fi++ {
		f := &d.Figures[fi]
		switch {
		case !f.Kind.IsCalendar():
		case f.Value >= float64(m.countFrom):
			return false // a year of the metric's own: "that" may point to it
		case f.Kind == figures.Year:
			earlier = true
		}
	}
	return earlier
}

// thatPointsToEarlierYear reports whether token k of sentence s is "that"
// before a time of the calendar or an event ("that summer", "that year",
// "that war") and the sentence before names only a year before the
// metric's count began: "How does this compare with 2014? In the 51-day
// war that summer, 2,251 Palestinians were killed". frontedOtherWar reads
// it in a phrase that opens the sentence.
func (m *metric) thatPointsToEarlierYear(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd || d.LowerTokenText(k) != "that" {
		return false
	}
	if w := d.LowerTokenText(k + 1); !laterTime(w) && !eventNoun(w) {
		return false
	}
	prev := previousSentence(d, s)
	return prev != nil && m.namesOnlyEarlierYear(d, prev)
}
