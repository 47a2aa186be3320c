package rules

import (
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "Back in" names a place as often as a time: "volunteers back in
// Johannesburg said", "families back in the UK", beside "back in March",
// "back in 2019", "back in the spring". A name that is no month after it
// (perhaps after "the") is where someone is, not when the count was read,
// so it dates nothing (pastDated). A feast or a season of the calendar
// is a time though it is capitalised: "Back in Ramadan, the ministry put
// the toll at 32,000", "back in Christmas week".

// backInPlace reports whether "back" at token k of sentence s and its
// "in" are followed by a capitalised name that is no month: a place.
func backInPlace(d *figures.Document, s *figures.Sentence, k int) bool {
	j := k + 2
	if j < s.TokEnd && d.LowerTokenText(j) == "the" {
		j++
	}
	if j >= s.TokEnd || !d.Tokens[j].IsWord() {
		return false
	}
	t := d.TokenText(j)
	w := d.LowerTokenText(j)
	newYear := w == "new" && j+1 < s.TokEnd && d.LowerTokenText(j+1) == "year" // "New York" is a place
	return unicode.IsUpper(rune(t[0])) && !monthName(w) && !calendarFeast(w) && !newYear
}

// calendarFeast reports whether w names a feast or season of a calendar,
// a time of the year as a month is.
func calendarFeast(w string) bool {
	switch w {
	case "ramadan", "eid", "christmas", "easter", "lent", "advent", "passover", "hanukkah", "purim", "sukkot",
		"yom", "rosh", "diwali", "nowruz", "thanksgiving":
		return true // "Yom Kippur", "Rosh Hashanah"
	}
	return false
}
