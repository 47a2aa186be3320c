package tracker

import (
	"regexp"
	"strconv"
	"strings"
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
// same, as the conflict window took it. Two figures of a week or a month
// that neither sentence dates, published within the conflict window of
// each other, are of one period too, whichever side of a Monday (or of a
// month's first day) each ran: a week's count is published after its
// week, so the WHO's figure on a Sunday evening and the ministry's on the
// Monday morning count one week, and differ only if one is wrong. Where a
// sentence dates its figure ("as of 7 December", "in the week ending 6
// December", "in week 49": weekNumbered) its date decides.
func samePeriod(p Policy, cur *State, c Candidate) bool {
	a, b := dated(cur.AsOf, cur.Published), dated(c.AsOf, c.Published)
	if a.IsZero() || b.IsZero() {
		return true
	}
	if periodOf(p.Period, a).Equal(periodOf(p.Period, b)) {
		return true
	}
	if p.Period == rules.Daily || !cur.AsOf.IsZero() || !c.AsOf.IsZero() || p.ConflictWindow <= 0 {
		return false
	}
	gap := b.Sub(a)
	return gap <= p.ConflictWindow && gap >= -p.ConflictWindow
}

// A weekly count is often dated by its week's number alone: "1,390 new
// cases in epidemiological week 49", "Week 48: 1,236 cases". Such a week
// is ISO 8601's (Monday to Sunday, week 1 holding 4 January), as
// epidemiological weeks count them, of the year of the article: a weekly
// figure of a metric counted by week (rules.Weekly) whose sentence gives
// no as-of and names a week so is as of that week's Sunday (weekNumbered),
// so that the week it counts, not the week it ran in, is its period. It is
// read here, not with the rules' as-of (rules/asofday.go), because only a
// metric counted by week asks it: every other metric's figures, and the
// rules' benchmarks, pay nothing for it; the as-of it gives is stored with
// the observation, so a replay and the history read the same week.

// weekNumber finds a week's number set off as a week's label: after "in",
// "of", "during", "for", "by", "epidemiological", "epi", "ISO" or
// "reporting" ("in week 48", "epi week 11"), or opening the quote ("Week
// 48: ..."). A number after "this", "past", "first" or a possessive ("This
// week 40 more people ...", "the outbreak's week 10") is another count or
// another numbering, and the number must stand alone: not the first
// digits of a count ("week 1,390"). weekNumbered then asks what follows.
var weekNumber = regexp.MustCompile(`(?i)(?:^|\b(?:in|of|during|for|by|epidemiological|epi|iso|reporting)\s+)week\s+(\d{1,2})(?:[^\d,.]|[,.](?:\D|$)|$)`)

// weekFollowers are the words that may follow a week's number in its
// label: "week 10 of 2026", "in week 12 to Sunday", "week 11 and ...". A
// number followed by any other word may be a count of it ("in week 10
// people died"): no week is read.
var weekFollowers = map[string]bool{"of": true, "to": true, "and": true, "or": true, "was": true, "were": true, "saw": true,
	"brought": true, "as": true, "when": true, "at": true, "with": true, "after": true, "before": true, "is": true, "had": true, "has": true,
	"across": true, "in": true, "on": true, "for": true, "from": true, "ending": true, "alone": true, "rose": true, "fell": true,
	"reached": true, "stood": true, "totalled": true, "totaled": true, "climbed": true, "dropped": true, "topped": true}

// weekOf is what may follow "of" in a week's label: a year ("week 1 of
// 2026"); "week 10 of the siege" numbers another thing's weeks.
var weekOf = regexp.MustCompile(`^\s+of\s+(?:19|20)\d\d\b`)

// weekNumbered is the Sunday ending the ISO week a weekly figure's quote
// numbers in a week's label (weekNumber), the label nearest the figure
// (text, as written in the quote) when it has several: the latest week of
// that number that begins no more than a week after the publication (a
// figure counts a week that has run, so "Week 52" in a January article is
// last year's). ok is false when the quote labels no week, or one no year
// has (week 0, week 54, week 53 of a year of 52).
func weekNumbered(quote, text string, published time.Time) (sunday time.Time, ok bool) {
	if published.IsZero() || !strings.Contains(strings.ToLower(quote), "week") {
		return time.Time{}, false
	}
	at := strings.Index(quote, text)
	best, n := -1, 0
	for _, m := range weekNumber.FindAllStringSubmatchIndex(quote, -1) {
		numEnd := m[3]
		if at >= 0 && m[2] < at+len(text) && at < numEnd {
			continue // the figure itself
		}
		rest := quote[numEnd:]
		if w := firstWord(rest); w != "" && !weekFollowers[strings.ToLower(w)] {
			continue // "in week 10 people died": a count after it
		} else if strings.EqualFold(w, "of") && !weekOf.MatchString(rest) {
			continue // "week 10 of the siege"
		}
		d := 0
		switch {
		case at < 0:
		case m[2] >= at+len(text):
			d = max(0, m[0]-(at+len(text))) // to the label's first word: "40 in week 47"
		default:
			d = at - numEnd
		}
		if best >= 0 && d >= best {
			continue
		}
		v, err := strconv.Atoi(quote[m[2]:m[3]])
		if err != nil {
			continue
		}
		best, n = d, v
	}
	if best < 0 {
		return time.Time{}, false
	}
	pub := published.UTC()
	year, _ := pub.ISOWeek()
	for _, y := range []int{year + 1, year, year - 1} {
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(n-1))
		if wy, wn := monday.ISOWeek(); wy != y || wn != n {
			continue // no such week in that year
		}
		if monday.After(pub.AddDate(0, 0, 7)) {
			continue
		}
		return monday.AddDate(0, 0, 6), true
	}
	return time.Time{}, false
}

// firstWord is the word that opens s after spaces, "" when s opens on
// anything else (a colon, a comma) or is empty.
func firstWord(s string) string {
	t := strings.TrimLeft(s, " \t")
	if len(t) == len(s) {
		return "" // punctuation right after the number
	}
	i := 0
	for i < len(t) && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z') {
		i++
	}
	return t[:i]
}
