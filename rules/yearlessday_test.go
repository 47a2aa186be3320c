package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// TestOneYearRule: the two readers of a date with no year, a told day
// (figures.Document.DayOf) and the as-of (asOfDateAt), give it one year:
// the article's when it falls no more than a month after the article's
// date, else the latest such day before it (figures.YearlessDay). The
// as-of read "1 July" in a January article, and "25 January" in a late
// December one, as the next such day, a forecast's, and dated nothing; a
// told day read them as the last. A told day read "10 January" in a 12
// December article as the last January; it is next month's now.
func TestOneYearRule(t *testing.T) {
	on := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	none := time.Time{}
	cases := []struct {
		article time.Time
		date    string
		want    time.Time
	}{
		{on(2026, 12, 12), "December 7", on(2026, 12, 7)},
		{on(2026, 12, 12), "7 December", on(2026, 12, 7)},
		{on(2026, 12, 12), "December 12", on(2026, 12, 12)},
		{on(2026, 12, 12), "December 20", on(2026, 12, 20)}, // due soon: this month's
		{on(2026, 12, 12), "January 10", on(2027, 1, 10)},   // within a month, over the new year
		{on(2027, 1, 5), "December 30", on(2026, 12, 30)},
		{on(2027, 1, 5), "July 1", on(2026, 7, 1)},        // the as-of read next July's
		{on(2026, 12, 20), "January 5", on(2027, 1, 5)},   // within a month: next January's
		{on(2026, 12, 20), "January 25", on(2026, 1, 25)}, // the as-of read next January's
		{on(2027, 1, 25), "February 10", on(2027, 2, 10)}, // due soon
		{on(2024, 3, 1), "February 29", on(2024, 2, 29)},
		{on(2025, 3, 5), "February 29", on(2024, 2, 29)}, // the last leap year's (review58)
		{on(2026, 12, 12), "February 30", none},
		{on(2027, 1, 5), "December 30, 2025", on(2025, 12, 30)}, // a year given is the year
	}
	for _, c := range cases {
		doc := figures.Analyze("The exchange took place on " + c.date + ".")
		told, toldOK := time.Time{}, false
		for fi := range doc.Figures {
			if doc.Figures[fi].Kind == figures.Date {
				told, toldOK = doc.DayOf(fi, c.article.Add(9*time.Hour))
				break
			}
		}
		ws := strings.FieldsFunc(strings.ToLower(c.date), func(r rune) bool { return r == ' ' || r == ',' })
		asOf, _, asOfOK := asOfDateAt(ws, 0, c.article)
		if toldOK != !c.want.IsZero() || !told.Equal(c.want) {
			t.Errorf("%s in an article of %s: told day %v (%v), want %v", c.date, c.article.Format("2 Jan 2006"), told, toldOK, c.want)
		}
		if asOfOK != !c.want.IsZero() || !asOf.Equal(c.want) {
			t.Errorf("%s in an article of %s: as-of day %v (%v), want %v", c.date, c.article.Format("2 Jan 2006"), asOf, asOfOK, c.want)
		}
	}
	// Through StatedAsOf: a past day more than a month back dates its
	// figure; one ahead of the article is a forecast's, as before.
	jan := time.Date(2027, 1, 5, 10, 0, 0, 0, time.UTC)
	for quote, want := range map[string]time.Time{
		"As of July 1, roughly 1,200 households remained under canvas, the agency said.":             on(2026, 7, 1),
		"As of December 30, roughly 1,200 households remained under canvas, the agency said.":        on(2026, 12, 30),
		"As of January 20, roughly 1,200 households are expected to remain under canvas, it warned.": none,
	} {
		got, ok := StatedAsOf(quote, "1,200", jan)
		if ok != !want.IsZero() || !got.Equal(want) {
			t.Errorf("%q: as of %v (%v), want %v", quote, got, ok, want)
		}
	}
}
