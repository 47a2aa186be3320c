package rules

import (
	"strings"
	"time"
)

// The calendar's words, one reading of them for every reader of a day:
// an event's day (eventday.go), a figure's as-of (asofday.go), a forecast's
// month (forecast.go), and the tracker's time words (DayOrMonthName).

// weekdayNamed is the weekday lower-case w names ("monday"), false when
// it names none.
func weekdayNamed(w string) (time.Weekday, bool) {
	switch w {
	case "sunday":
		return time.Sunday, true
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	}
	return 0, false
}

// monthNamed is the month lower-case w names, in full or in the short
// forms outlets use ("december", "dec", "sept"), false when it names
// none.
func monthNamed(w string) (time.Month, bool) {
	switch w {
	case "january", "jan":
		return time.January, true
	case "february", "feb":
		return time.February, true
	case "march", "mar":
		return time.March, true
	case "april", "apr":
		return time.April, true
	case "may":
		return time.May, true
	case "june", "jun":
		return time.June, true
	case "july", "jul":
		return time.July, true
	case "august", "aug":
		return time.August, true
	case "september", "sep", "sept":
		return time.September, true
	case "october", "oct":
		return time.October, true
	case "november", "nov":
		return time.November, true
	case "december", "dec":
		return time.December, true
	}
	return 0, false
}

// monthName reports whether lower-case w names a month, in full or in
// the short forms outlets use, a short form's full stop aside ("Dec.").
func monthName(w string) bool {
	_, ok := monthNamed(strings.TrimSuffix(w, "."))
	return ok
}

// DayOrMonthName reports whether lower-case w names a day of the week or
// a month: a time, not a place ("Monday's police statement").
func DayOrMonthName(w string) bool {
	_, day := weekdayNamed(w)
	_, month := monthNamed(w)
	return day || month
}

// lastWeekday is the last day of weekday wd on or before day: "on Monday"
// in a story published on a Wednesday is two days before it.
func lastWeekday(day time.Time, wd time.Weekday) time.Time {
	return day.AddDate(0, 0, -((int(day.Weekday()) - int(wd) + 7) % 7))
}

// utcDay is a time's day, UTC midnight.
func utcDay(t time.Time) time.Time {
	return t.UTC().Truncate(24 * time.Hour)
}
