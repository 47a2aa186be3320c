package figures

import (
	"strconv"
	"time"
)

// DayOf is the calendar day the Date figure fi names, read against date
// (the article's): "March 24", "Mar. 21", "23 March", "March 24, 2024",
// "March the seventh". A date with no year is of date's year, or of the
// year before when it would fall more than a month after date (a
// December date in a January article). ok is false for a figure that
// names no day: a month and year ("March 2024"), a year, any other kind.
// A figure's value is its day alone; the month and year are read from its
// tokens here, for the rules that date an event by it (their toldDay).
func (d *Document) DayOf(fi int, date time.Time) (day time.Time, ok bool) {
	f := &d.Figures[fi]
	if f.Kind != Date || f.Value < 1 || f.Value > 31 || date.IsZero() {
		return time.Time{}, false
	}
	fs, fe := d.FigureTokens(fi)
	month, year := 0, 0
	for k := fs; k < fe; k++ {
		t := &d.Tokens[k]
		switch {
		case t.Kind == tWord && hotWords[t.vid].flags&fMonth != 0:
			month = int(vocabWords[t.vid].val)
		case t.Kind == tNum && t.End-t.Start == 4:
			year, _ = strconv.Atoi(d.TokenText(k))
		}
	}
	if month < 1 || month > 12 {
		return time.Time{}, false
	}
	n := int(f.Value)
	at := func(y int) time.Time { return time.Date(y, time.Month(month), n, 0, 0, 0, 0, time.UTC) }
	if year == 0 {
		year = date.Year()
		if at(year).After(date.AddDate(0, 1, 0)) {
			year--
		}
	}
	day = at(year)
	if day.Day() != n {
		return time.Time{}, false // "February 30"
	}
	return day, true
}
