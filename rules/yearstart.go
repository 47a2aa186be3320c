package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// yearStart reports whether the "year" at token t of a since phrase (from
// to end) names the year's first day: "the start of the year" (beginning,
// turn, outset; "this year", "the calendar year"), "the new year", "the
// year's start", "the year began". That is January's first day, the
// metric's own start when it began with a year ("so far this year"), not
// a season. A part of the year is not its start: "the start of the year's
// second half".
func yearStart(d *figures.Document, from, end, t int) bool {
	if t+1 < end && apostrophe(d.TokenText(t+1)) {
		// "the year's start"; not "the year's second half"
		return t+3 < end && d.LowerTokenText(t+2) == "s" && yearStartNoun(d.LowerTokenText(t+3)) &&
			t-1 >= from && d.LowerTokenText(t-1) == "the"
	}
	k := t - 1
	if k < from {
		return false
	}
	switch d.LowerTokenText(k) {
	case "new":
		return true // "since the new year"
	case "calendar":
		k-- // "the start of the calendar year"
	}
	if k < from {
		return false
	}
	det := d.LowerTokenText(k)
	if det != "the" && det != "this" {
		return false
	}
	if t+1 < end {
		switch d.LowerTokenText(t + 1) {
		case "began", "begun", "started", "opened":
			return true // "since the year began"
		}
	}
	return k-2 >= from && d.LowerTokenText(k-1) == "of" && yearStartNoun(d.LowerTokenText(k-2))
}

// yearStartNoun reports whether w names a period's first moment.
func yearStartNoun(w string) bool {
	switch w {
	case "start", "beginning", "turn", "outset":
		return true
	}
	return false
}

// apostrophe reports whether a token is an apostrophe, straight or curly.
func apostrophe(s string) bool { return s == "'" || s == "’" }
