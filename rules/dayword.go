package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The words that name one day for periodAfter and keywordDay (period.go):
// a date or a day of the week. (Moved out of period.go whole.)

// dayAt reports whether token t opens a day: a date ("October 7", "Oct.
// 7, 2023", "7 October") or a day of the week.
func dayAt(d *figures.Document, s *figures.Sentence, t int) bool {
	if t >= s.TokEnd {
		return false
	}
	if fi := figureIn(d, s, t); fi >= 0 && d.Figures[fi].Kind == figures.Date {
		return true
	}
	return weekday(d.TokenText(t))
}

// weekday reports whether w, in any case, names a day of the week. An
// ASCII word is lowered in place (strings.ToLower allocated for every
// capitalised word periodAfter and keywordDay asked of); a word of other
// runes is lowered as Unicode lowers it, as before.
func weekday(w string) bool {
	if !isASCIIText(w) {
		w = strings.ToLower(w)
	} else if len(w) < len("monday") || len(w) > len("wednesday") {
		return false
	} else if !isLowerWord(w) {
		var buf [64]byte
		w = string(lowerInto(&buf, w))
	}
	_, ok := weekdayNamed(w)
	return ok
}

// isASCIIText reports whether w has no byte outside ASCII.
func isASCIIText(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
