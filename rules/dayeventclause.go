package rules

import (
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A metric of what one day's event did (eventDay) names that event's day
// by a clause that follows it as well as by an owner (dayOwnsEvent): "were
// killed across southern Turkey and northern Syria on Monday after a
// powerful earthquake struck before dawn", "died on Monday when two
// earthquakes hit". The day is the event's, and the figure counts what
// the event did, not one day of a running count. A day followed by
// another noun ("on Tuesday after an aftershock", "on Wednesday after
// rescuers reached the town") still dates a part, and so does a day set
// off by a comma ("on Tuesday, a day after the quake"), and a day that is
// not the weekday of the metric's start: "killed on Tuesday after fresh
// tremors toppled damaged buildings" is a later shock's, the quakes of 6
// February 2023 having struck on a Monday.

// dayOfEventClause reports whether the weekday at token t is followed by
// "after" or "when" (past a part of the day: "Monday morning") and, within
// four lower-case words or figures ("a 7.8-magnitude"), one of the
// metric's scope words.
func (m *metric) dayOfEventClause(st *docState, s *figures.Sentence, t int) bool {
	d := st.d
	word := sentenceWords(d, s)
	if !weekday(word(t)) || !m.startWeekday(word(t)) {
		return false
	}
	k := t + 1
	switch word(k) {
	case "morning", "night", "evening", "afternoon":
		k++
	}
	if w := word(k); w != "after" && w != "when" {
		return false
	}
	var buf [64]byte
	for j := k + 1; j < s.TokEnd && j <= k+5; j++ {
		raw := d.TokenText(j)
		if isLowerWord(raw) && m.isScopeWord(st, lowerInto(&buf, raw)) {
			return true
		}
		if !isLowerWord(raw) && figureIn(d, s, j) < 0 && raw != "-" {
			return false
		}
	}
	return false
}

// startWeekday reports whether lower-cased weekday w is the weekday of the
// metric's start day (since).
func (m *metric) startWeekday(w string) bool {
	sd := m.spec.Since
	if sd.Day == 0 {
		return false
	}
	day := time.Date(sd.Year, time.Month(sd.Month), sd.Day, 0, 0, 0, 0, time.UTC).Weekday()
	return strings.EqualFold(day.String(), w)
}
