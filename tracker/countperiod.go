package tracker

import (
	"time"

	"github.com/claimtrack/claimtrack/rules"
)

// A count per period (rules.MetricSpec.CountPeriod: "new cases per week",
// "monthly deaths") has a figure for each period. The ministry's 1,390
// for the week ending 7 December, read after the WHO's 1,236 for the week
// before, is the new week's reading, not "outlets disagree" (walk57);
// two outlets' different figures for one week still disagree, however
// many hours apart they ran. A figure's period is the one holding the day
// its sentence dates it to ("as of 7 December": model.Says.AsOf), else
// its article's publication: a weekly figure published after its week
// ends, undated, counts as of the week it ran in.

// periodOf is the first instant of the period p holding t, in UTC: its day,
// its week (Monday to Sunday, as epidemiological weeks and ISO 8601 count
// them) or its month.
func periodOf(p rules.Period, t time.Time) time.Time {
	t = t.UTC()
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch p {
	case rules.Weekly:
		return day.AddDate(0, 0, -(int(day.Weekday())+6)%7)
	case rules.Monthly:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return day
}

// dated is the day a figure is of: its as-of when its sentence gave one,
// else its publication.
func dated(asOf, published time.Time) time.Time {
	if !asOf.IsZero() {
		return asOf
	}
	return published
}

// samePeriod reports whether the accepted figure and a candidate of a
// count per period are of one period. A side whose date is unknown (no
// publication: an undated archive's) may be of any, and is taken as the
// same, as the conflict window took it.
func samePeriod(p rules.Period, cur *State, c Candidate) bool {
	a, b := dated(cur.AsOf, cur.Published), dated(c.AsOf, c.Published)
	if a.IsZero() || b.IsZero() {
		return true
	}
	return periodOf(p, a).Equal(periodOf(p, b))
}
