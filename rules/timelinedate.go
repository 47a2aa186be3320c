package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A timeline writes each entry after its date and a colon or a dash:
// "July 8, 2014: Israel launches Operation Protective Edge; the 51-day war
// kills more than 2,200 Palestinians", "Oct. 7, 2023 — Hamas-led gunmen
// storm southern Israel, killing about 1,200 people". The date is the
// entry's, every clause of it: dated before the metric's start it tells an
// earlier event (since.go earlierEvent), dated on the start day it tells
// that day's attack, whose dead the entry's present or participle counts
// (startevent.go, startsubject.go). An entry dated later is a reading of
// the running total, as any dated sentence is.

// timelineDate returns the date figure that opens sentence s as a
// timeline entry's label, closed right after by a colon or a dash, or -1.
func timelineDate(d *figures.Document, s *figures.Sentence) int {
	if s.FigStart >= s.FigEnd {
		return -1
	}
	fi := s.FigStart
	fs, fe := d.FigureTokens(fi)
	if fs != s.TokStart || d.Figures[fi].Kind != figures.Date || fe >= s.TokEnd {
		return -1
	}
	if w := d.TokenText(fe); w == ":" || isDash(w) {
		return fi
	}
	return -1
}

// timelineStartDay reports whether sentence s is a timeline entry dated
// on metric m's start day, its label ending before token start.
func (m *metric) timelineStartDay(d *figures.Document, s *figures.Sentence, start int) bool {
	fi := timelineDate(d, s)
	if fi < 0 || !m.startDay(d, s, fi) {
		return false
	}
	_, fe := d.FigureTokens(fi)
	return start <= fe+1
}
