package rules

import (
	"time"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// toldDay is the day tokens [from, to) say their event happened, read
// against the article's date: one weekday named ("on Sunday", "Sunday's
// handover") is the last such day on or before it, "yesterday" the day
// before, "today" and "tonight" its own day, a date told as a day ("on
// March 24", "Sunday, March 24": toldDate) that day; a weekday that dates a
// saying ("said on Tuesday", "insisted late Tuesday": statedOn) is not
// counted. Zero when the date is not known, when the words name no day,
// or two ("freed on Friday, ahead of Saturday's swap"), or a day to come
// ("next Sunday", "due on Sunday", "by Sunday"): which of them the
// figures are of the words alone do not say. The tracker dates a swap by
// it: a swap told of a day after the accepted one's report was published
// cannot be the swap that report told.
func toldDay(d *figures.Document, from, to int, date time.Time) time.Time {
	if date.IsZero() {
		return time.Time{}
	}
	day := time.Date(date.Year(), date.Month(), date.Day(), 0, 0, 0, 0, time.UTC)
	word := func(k int) string {
		if k < from || k >= to {
			return ""
		}
		return d.LowerTokenText(k)
	}
	var told time.Time
	for k := from; k < to; k++ {
		var t time.Time
		switch w := word(k); {
		case w == "yesterday":
			t = day.AddDate(0, 0, -1)
		case w == "today" || w == "tonight":
			t = day
		case weekday(w):
			if dayToCome(word, k) {
				return time.Time{} // "next Sunday", "due on Sunday"
			}
			if statedOn(word, k) {
				continue // "the army said on Tuesday": the day of the saying
			}
			wd, _ := weekdayNamed(w)
			t = lastWeekday(day, wd)
		default:
			continue
		}
		if !told.IsZero() && !told.Equal(t) {
			return time.Time{}
		}
		told = t
	}
	t, ok := toldDate(d, from, to, word, day)
	if !ok || !t.IsZero() && !told.IsZero() && !told.Equal(t) {
		return time.Time{}
	}
	if told.IsZero() {
		told = t
	}
	return told
}

// toldDate is the day the dates of tokens [from, to) tell their event
// happened on (figures.Document.DayOf), zero when none does: a date told
// as a day comes after "on" ("on March 24", "on 23 March", "on Mar. 21")
// or after its weekday ("Sunday, March 24"); one after a verb of saying
// dates the saying (statedOn), and one that names a thing ("the October 7
// attack"), a month alone, or a span ("since March 2") tells nothing. ok
// is false when the words date nothing whatever the rest says: two dates
// of other days, or a day to come ("due on March 28", a date after the
// article's).
func toldDate(d *figures.Document, from, to int, word func(int) string, day time.Time) (told time.Time, ok bool) {
	if from >= to {
		return time.Time{}, true
	}
	for si := d.SentenceAt(int(d.Tokens[from].Start)); si >= 0 && si < len(d.Sentences) && d.Sentences[si].TokStart < to; si++ {
		s := &d.Sentences[si]
		for fi := s.FigStart; fi < s.FigEnd; fi++ {
			fs, _ := d.FigureTokens(fi)
			if fs < from || fs >= to || d.Figures[fi].Kind != figures.Date {
				continue
			}
			at := fs // where the day's words open: the date, or its weekday
			switch {
			case word(fs-1) == "," && weekday(word(fs-2)):
				at = fs - 2
			case word(fs-1) != "on":
				continue
			}
			if dayToCome(word, at) {
				return time.Time{}, false
			}
			if statedOn(word, at) {
				continue
			}
			t, dated := d.DayOf(fi, day)
			switch {
			case !dated:
				continue
			case t.After(day):
				return time.Time{}, false // a day to come
			case !told.IsZero() && !told.Equal(t):
				return time.Time{}, false
			}
			told = t
		}
	}
	return told, true
}

// comingWords, right before a weekday or its "on", make it a day to come
// or a deadline: "next Sunday", "due on Sunday", "by Sunday", "until
// Sunday".
var comingWords = map[string]bool{
	"next": true, "coming": true, "due": true, "by": true, "until": true, "till": true, "before": true,
	"expected": true, "planned": true, "scheduled": true, "from": true,
}

// dayToCome reports whether the weekday at k is a day to come: a coming
// word right before it, or before its "on".
func dayToCome(word func(int) string, k int) bool {
	prev := word(k - 1)
	return comingWords[prev] || prev == "on" && comingWords[word(k-2)]
}

// statedOn reports whether the weekday at k dates a saying: a reporting
// verb of the claimant finder's (claimant.ReportingVerb) before it, over
// "on", "late", "early", that is not the verb of the swap itself
// ("prisoners were released on Tuesday" dates the release).
func statedOn(word func(int) string, k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		switch w := word(j); {
		case w == "on" || w == "late" || w == "early":
			continue
		case claimant.ReportingVerb(w):
			return !freeVerb(w) && !exchangeWord(w)
		}
		return false
	}
	return false
}
