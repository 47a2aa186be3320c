package rules

import (
	"fmt"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A span of one year ("in a single year", "in one year", "in just a
// year") is a part of a running total that has run longer, but the whole
// of one that has run about a year: "having more than 8.6 million
// displaced in a single year" at the war's first anniversary counts
// everyone displaced so far. The months between the metric's start and
// the story's date tell: a count is young while they are fewer than
// eighteen, nearer one year than two (a story dated 2024-11 on a war
// begun 2023-04 is past it). With no month, the calendar years stand in:
// the story's at most one past the start's. A year figure after the span
// names the calendar year it is ("in one year alone, 2024"): a part
// whatever the date. With no date, or a count with no start year, the
// span stays the part spanWords marks it. (span_of_a_year.yaml)

// yearOfYoungCount reports whether the period that token k opens for a
// figure of sentence s is a span of one year, no year figure follows it,
// and the count has run about a year by the story's date.
func (m *metric) yearOfYoungCount(st *docState, s *figures.Sentence, k int) bool {
	if !m.youngAt(st) {
		return false
	}
	word := sentenceWords(st.d, s)
	t := k + 1
	switch word(t) {
	case "just", "only", "barely":
		t++
	}
	switch word(t) {
	case "a", "one":
	default:
		return false
	}
	if word(t+1) == "single" {
		t++
	}
	if word(t+1) != "year" {
		return false
	}
	return !yearFigureAfter(st.d, s, t+2)
}

// youngAt reports whether the metric's count has run about a year at the
// story's date: fewer than eighteen months, or, with a month unknown, a
// story's year at most one past the start's.
func (m *metric) youngAt(st *docState) bool {
	since := m.spec.Since
	if st.articleYear == 0 || since.Year == 0 {
		return false
	}
	if st.articleMonth == 0 || since.Month == 0 {
		return st.articleYear-since.Year <= 1
	}
	months := (st.articleYear-since.Year)*12 + st.articleMonth - since.Month
	return months < 18
}

// yearFigureAfter reports whether a year figure stands at token t, after
// "alone" and a comma perhaps: "in one year alone, 2024", "in a single
// year, 2023".
func yearFigureAfter(d *figures.Document, s *figures.Sentence, t int) bool {
	if t < s.TokEnd && d.LowerTokenText(t) == "alone" {
		t++
	}
	if t < s.TokEnd && d.TokenText(t) == "," {
		t++
	}
	fi := figureAt(d, t)
	return t < s.TokEnd && fi >= 0 && d.Figures[fi].Kind == figures.Year
}

// A running total that began in the story's own year counts no more than
// "this year" holds: "Wildfires have burned 412,000 hectares in the
// province this year" in a season counted since April is the season's
// whole, as "so far this year" is. A count begun in an earlier year keeps
// "this year" as its part ("killed 9,000 this year" of a war two years
// old). With no date the span stays a part. (this_year_of_count.yaml)
//
// A running total written with since: year (CountsCalendarYear) counts
// the calendar year, and "this year" is all of it ("62,015 migrants have
// reached Italy by sea so far this year"), dated or not; a past year is
// another period (lastyear.go, period.go), and a new year's first figure
// starts the count again (tracker.Policy.ByYear). (this_year_no_since.yaml)

// thisYearOfCount reports whether the period that token k opens is "this
// year" ("so far this year") and the metric's count began in the story's
// year, or names no start.
func (m *metric) thisYearOfCount(st *docState, s *figures.Sentence, k int) bool {
	if !m.calendarYear && (st.articleYear == 0 || m.spec.Since.Year != st.articleYear) {
		return false
	}
	return thisYearAt(sentenceWords(st.d, s), k)
}

// thisYearAt reports whether "this year" or "so far this year" opens at
// token k.
func thisYearAt(word func(int) string, k int) bool {
	if word(k) == "so" && word(k+1) == "far" {
		k += 2
	}
	return word(k) == "this" && word(k+1) == "year"
}

// undatedThisYear is what --explain and a failed example add when "this
// year" at token k is read as a part only because the text has no date:
// a metric begun in a year cannot tell that year from another without one.
func (m *metric) undatedThisYear(st *docState, s *figures.Sentence, k int) string {
	if !thisYearAt(sentenceWords(st.d, s), k) {
		return ""
	}
	if m.spec.Total && m.spec.Since.Year == 0 && !m.calendarYear {
		// A desk's own total written with no since: say how to make
		// "this year" its count.
		return " (\"this year\" names a period, a part of a longer count: a metric counting the calendar year says since: year; one counting from a start gives its date, since: 2023-10-07)"
	}
	if st.articleYear != 0 || m.spec.Since.Year == 0 {
		return ""
	}
	return fmt.Sprintf(" (the text has no date, so \"this year\" is not known to be %d: give the example, or the corpus file, date: YYYY-MM-DD)", m.spec.Since.Year)
}

// CountsCalendarYear reports whether a metric is a running total that
// counts the calendar year, as its author says with since: year ("Sea
// arrivals in Italy this year"): then "this year" is all of it, a past
// year another count, and the tracker begins it again at the new year. A
// total with no since, whatever its words, keeps "this year" as a part of
// a longer count (a war's toll written without one); SaysThisYear tells
// check when to say how to make it the count.
func (s MetricSpec) CountsCalendarYear() bool { return s.Total && s.Since.Calendar }

// SaysThisYear reports whether a running total with no since speaks of
// "this year" or the "year to date" in its name, description or an
// example it takes: its author may mean a count of the calendar year,
// which since: year says (check warns).
func (s MetricSpec) SaysThisYear() bool {
	if !s.Total || !s.Since.IsZero() {
		return false
	}
	if saysThisYear(wordsOf(s.Name)) || saysThisYear(wordsOf(s.Description)) {
		return true
	}
	for _, e := range s.Examples {
		if !e.None && saysThisYear(wordsOf(e.Text)) {
			return true
		}
	}
	return false
}

// saysThisYear reports whether words hold "this year" or "year to date".
func saysThisYear(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "this" && words[i+1] == "year" || i+2 < len(words) && words[i] == "year" && words[i+1] == "to" && words[i+2] == "date" {
			return true
		}
	}
	return false
}
