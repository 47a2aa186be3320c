package figures

import (
	"strconv"
	"time"
)

// DayOf is the calendar day the Date figure fi names, read against date
// (the article's): "March 24", "Mar. 21", "23 March", "March 24, 2024",
// "March the seventh". A date with no year is read by YearlessDay. ok is
// false for a figure that
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
	if year == 0 {
		day = YearlessDay(time.Month(month), n, date)
	} else {
		day = time.Date(year, time.Month(month), n, 0, 0, 0, 0, time.UTC)
	}
	if day.Day() != n {
		return time.Time{}, false // "February 30"
	}
	return day, true
}

// YearlessDay is the day (UTC midnight) a month and a day of no year name,
// read against date (an article's): the latest such day no more than a
// month after date. News dates what has happened, mostly, and what is due
// soon: "20 December" in a 7 December article is this month's (a swap due
// then, or a clock a day ahead), "10 January" in a 12 December one next
// month's, "30 December" in a 5 January article last month's, "1 July" in
// a January article last July's, not next. It is the one year rule of the
// rules' date readers: a told day (DayOf) and the as-of
// (rules/asofday.go), which then refuses a day after the article's as a
// forecast's. "February 29" is the last leap year's; a day the month never
// has ("February 30") comes out in the next month: the caller checks its
// day.
func YearlessDay(month time.Month, day int, date time.Time) time.Time {
	at := func(y int) time.Time { return time.Date(y, month, day, 0, 0, 0, 0, time.UTC) }
	limit := date.AddDate(0, 1, 0)
	for y := date.Year() + 1; y > date.Year()-8; y-- {
		if d := at(y); !d.After(limit) && d.Day() == day {
			return d // "February 29" is the last leap year's
		}
	}
	return at(date.Year()) // no month has it ("February 30"): the caller finds its day moved
}
