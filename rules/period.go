package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure counts over a period, and a metric counts over its own: a
// running total from its start to now, a level (the people in Rafah) at
// one time, a yearly amount over one year. A figure its clause dates to
// another period is another count:
//
//   - for a running total, one day ("Hamas killed 1,139 people ... on
//     October 7", "were killed on Tuesday") or a span ("in a week", "in
//     the first half of the year", "over three days", "this year") is a
//     part of it;
//   - for a level, the people in a place (a keyword "in Rafah"), a span
//     makes a flow ("450,000 flee in a week"): how many moved, not how
//     many are there;
//   - for a yearly amount, "since 1946" or "over ten years" is a sum of
//     many years.
//
// A figure a count rose to, or that holds its own verb of level ("rose to
// 33,091 in the past 24 hours", "passed 45,000 on Monday"), is the count
// at that time, and stays.

// periodWords is how many words after a figure its period may stand.
const periodWords = 10

// periodKind says what sort of period phrase dates a figure.
type periodKind int

const (
	noPeriod periodKind = iota
	oneDay              // "on October 7", "on Tuesday"
	aSpan               // "in a week", "over three days"
	aPart               // "in a single week", "in the past week", "in the first half of the year"
	aMonth              // "in June": a running total's part, a level's date (monthpart.go)
)

// spanKind is the kind of a span, marked as a part of a longer time or
// not.
func spanKind(part bool) periodKind {
	if part {
		return aPart
	}
	return aSpan
}

// periodAfter returns the period that dates figure fi in its clause, and
// the token that opens it: a phrase after the figure, before the clause
// ends (a comma, a dash, "since", a conjunction that opens a clause), or a
// span that opens the sentence before a comma ("In the first half of the
// year, ..."). A day before the figure dates a report, not the count.
func periodAfter(d *figures.Document, s *figures.Sentence, fi int) (periodKind, int) {
	fs, fe := d.FigureTokens(fi)
	if k := afterStamp(d, s); k < fs {
		word := sentenceWords(d, s)
		j := k
		if word(j) == "so" && word(j+1) == "far" {
			j += 2 // "So far this year, ..."
		}
		if word(j) == "this" && word(j+1) == "year" && j+2 < fs && d.TokenText(j+2) == "," {
			return aPart, k
		}
		if lastYearOpens(d, s, k, fs) {
			return aPart, k // "Last year, 58,000 migrants reached Italy" (lastyear.go)
		}
		if j := frontedDayAlone(d, s, k, fs); j >= 0 {
			return oneDay, j // "On Monday alone, some 5,200 refugees ..." (dayact.go)
		}
		switch d.LowerTokenText(k) {
		case "in", "during", "over", "within", "throughout", "across":
			if e, part := spanEnd(d, s, k+1); e > 0 && e < fs {
				if strings.EqualFold(d.TokenText(e), "alone") {
					e, part = e+1, true // "In the war's first month alone,"
				}
				if openingSpanEnd(d, s, k+1) == e {
					e = eventEnd(d, e, fs) // "During the opening days of the RSF offensive,"
				}
				// "alone" closes the fronted span as a comma would: "In
				// January alone the ministry recorded some 7,000 deaths".
				if d.TokenText(e) == "," || e < fs && strings.EqualFold(d.TokenText(e-1), "alone") {
					return spanKind(part), k
				}
			}
		}
	}
	// A part's period is read from its predicate, past the whole's
	// phrase: "About 1,000 of the 2.3 million people in Gaza have been
	// killed in the past week" (partverbspan.go).
	n := 0
	for t := max(fe, figurePredicateFrom(d, s, fi)); t < s.TokEnd; t++ {
		w := d.LowerTokenText(t)
		if d.Tokens[t].IsSymbol() {
			switch w {
			case ",", ";", ":", "—", "–", "(", ")", "?", "!", "/", "|":
				return noPeriod, -1 // "/" and "|" part a list's items: "Killed: 28,576 / Trucks in yesterday: 97"
			}
			continue
		}
		if n++; n > periodWords {
			break
		}
		switch w {
		case "since", "as", "while", "when", "after", "before", "until", "which", "who", "that", "because",
			"although", "though", "but", "according", "said", "says", "say", "told":
			return noPeriod, -1
		case "on":
			if dayAt(d, s, t+1) || singleDayAt(d, s, t+1) { // "on a single Saturday" (singleday.go)
				return oneDay, t
			}
		case "yesterday", "overnight", "last":
			// "by last week", "until yesterday", "up to last week": the
			// count up to that time, no period of its own (walk55,
			// review55 MUST 2).
			if cutoffBefore(d, s, t) {
				continue
			}
			// A day named without "on": "crossed the Channel yesterday"
			// (day_word_act.yaml).
			// "last week": a short span that dates an act as a day
			// does, only with the act told (the oneDay branch of
			// otherPeriod: "passed 40,000 last week" is a level; dayact.go).
			if n := sentenceWords(d, s)(t + 1); w != "last" || n == "night" || n == "week" || n == "weekend" {
				return oneDay, t
			}
			if lastYearAt(sentenceWords(d, s), t) {
				return aPart, t // "arrived in Italy last year" (lastyear.go)
			}
			// "last June": one past month, a part of a longer count
			// (incident_dead_not_year.yaml).
			if n := sentenceWords(d, s)(t + 1); n != "may" && n != "march" && monthName(n) && len(n) > 3 {
				return aPart, t
			}
		case "this":
			// "killed in the Donetsk region this year", "so far this
			// year": the calendar year, a part of a count that began
			// before it. (A week is too short to tell a level's date from
			// a span: "crossed 40,000 this week".)
			if sentenceWords(d, s)(t+1) == "year" {
				return aPart, t
			}
			// "alone" marks the week or month a part, as it marks a
			// span after "in": "burned 60,000 hectares this week alone".
			if w := sentenceWords(d, s); w(t+2) == "alone" && (w(t+1) == "week" || w(t+1) == "month" || w(t+1) == "weekend") {
				return aPart, t
			}
		case "in", "over", "within", "during", "throughout", "across":
			if e, part := spanEnd(d, s, t+1); e > 0 {
				// A year figure after the span names the calendar year
				// it is, a part of a longer count: "in one year, 2024".
				return spanKind(part || sentenceWords(d, s)(e) == "alone" || yearFigureAfter(d, s, e)), t
			}
			if monthAfterIn(d, s, t) {
				return aMonth, t // "drowned off Libya in June" (monthpart.go)
			}
		}
	}
	return noPeriod, -1
}

// keywordDay returns oneDay and the token before the day when keyword hit
// kw is dated to one ("those killed in the 7 October assault, about
// 1,200", "killed on Tuesday, 40 of them children"): the figure it names
// is the count of that day.
func keywordDay(d *figures.Document, s *figures.Sentence, kw hit) (periodKind, int) {
	word := sentenceWords(d, s)
	t := kw.end
	switch word(t) {
	case "in", "on", "during":
	default:
		return noPeriod, -1
	}
	if singleDayAt(d, s, t+1) {
		return oneDay, t // "killed on a single day, about 1,200" (singleday.go)
	}
	if word(t+1) == "the" {
		t++
	}
	if dayAt(d, s, t+1) {
		return oneDay, t
	}
	return noPeriod, -1
}

// otherPeriod returns the token that opens a period of figure fi other
// than the metric's, or -1 (see the top of this file); kw is the keyword
// that counts the figure. The day the count
// began is the whole of an event that happened on it ("the earthquakes of
// 6 February 2023"), and stays when the metric's description does not
// count "since" it.
func (m *metric) otherPeriod(st *docState, s *figures.Sentence, fi int, kw hit) int {
	d := st.d
	if m.yearly {
		return m.manyYears(d, s, fi)
	}
	if m.spec.Kind != "" && m.spec.Kind != "count" {
		return -1
	}
	// Every answer below but -1 is a running total's or a metric's of what
	// is in a place: for any other, the period is not read.
	if !m.spec.Total && len(m.insideNames) == 0 {
		return -1
	}
	kind, k := st.periodAfter(s, fi)
	if kind == noPeriod {
		kind, k = st.keywordDay(s, kw)
	}
	ownSpan := false
	if kind == noPeriod && m.spec.Total {
		kind, k, ownSpan = keywordOwnSpan(d, s, fi, kw) // "Gaza's deaths during the last week came to" (periodkeyword.go)
	}
	if kind == noPeriod || !ownSpan && st.countAtTime(s, fi) || standInPeriod(d, s, fi, k) {
		return -1 // standInPeriod: "lit 10,000 candles on Saturday, one for each ..." (oneforeach.go)
	}
	if m.calendarYear && kind == aSpan {
		// A total with no start counts the story's calendar year
		// (yearspan.go): an earlier year is another count ("In 2025,
		// 57,000 people reached Italy by sea" read in 2026).
		if y := spanYear(d, s, k); y != 0 && st.articleYear != 0 && y < st.articleYear {
			return k
		}
	}
	switch {
	case kind == aMonth:
		if !m.spec.Total || m.monthOfYoungCount(st, s, k) || levelAtMonth(d, s, fi) {
			return -1 // a level's date; the month a young count began in (monthpart.go)
		}
		return k
	case m.spec.Total && kind == oneDay:
		// A day dates an act (a keyword verb: "killed", "were killed",
		// "fled"; a verb after a noun keyword: "lives were lost"), not a
		// toll's level ("the toll was still below 8,000 on Tuesday
		// night").
		// "alone" after the day, or the act a noun keyword's own verb
		// tells before it, dates the act too (dayact.go).
		act := strings.HasSuffix(strings.ToLower(d.TokenText(kw.end-1)), "ed") || actBeforeDay(d, s, fi, kw, k) ||
			dayAlone(d, s, k) || nounActBeforeDay(d, s, fi, kw, k)
		if !act || m.eventDay && (m.startDayAt(d, k+1) || m.dayOwnsEvent(st, s, k+1) || m.dayOfEventClause(st, s, k+1)) ||
			m.weekOfEvent(st, s, k) {
			return -1
		}
		return k
	case kind == aPart && m.spec.Total:
		if m.yearOfYoungCount(st, s, k) || m.thisYearOfCount(st, s, k) {
			return -1 // "displaced in a single year" at the war's first anniversary; "this year" of a count begun this year (yearspan.go)
		}
		return k
	case m.spec.Total && m.spec.Since.Year != 0:
		// A calendar year after the one the count began in is a part of
		// it ("verified 2,088 civilian deaths over the course of 2024");
		// the year it began in may be all of it.
		if y := spanYear(d, s, k); y > m.spec.Since.Year {
			return k
		}
		if len(m.insideNames) > 0 && kind != oneDay {
			return k
		}
		return -1
	case kind != oneDay && len(m.insideNames) > 0:
		// How long a count of a running total took may be all its time
		// ("Sudan war displaces 5 million in six months"); those in a
		// place (a keyword "in Rafah") are no count over a span at all.
		return k
	}
	return -1
}

// figureAfterPreposition reports whether figure fi stands after a
// preposition other than "of", an article perhaps between: "A vigil for
// the 34,000 deaths was held on Friday" holds the vigil, not the deaths,
// and its verb tells another noun's act.
func figureAfterPreposition(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k > s.TokStart && article(d.LowerTokenText(k)) {
		k--
	}
	// "of" joins the figure to a noun it counts or owns ("each of the
	// 1,200 lives lost on October 7"): the act is still the figure's.
	return k >= s.TokStart && prepositions[d.TokenText(k)] && d.TokenText(k) != "of"
}

// actBeforeDay reports whether the day at token k ("on", then a day) is
// the day of an act an irregular past tells right before it, after a noun
// keyword: "1,200 lives were lost on October 7", "1,200 people lost their
// lives on October 7" (the keyword's own verb). A verb farther from the
// day tells no act of it ("34,183 dead published by the ministry on
// Friday"), and "in" before a day is as often its owner's ("lost their
// lives in Monday's earthquakes"). A figure after a preposition is no
// subject of a verb with its auxiliary (figureAfterPreposition), though
// a participle right after its noun is still the noun's ("mourns for
// the 1,200 lives lost on October 7").
func actBeforeDay(d *figures.Document, s *figures.Sentence, fi int, kw hit, k int) bool {
	if d.LowerTokenText(k) != "on" {
		return false
	}
	v := k - 1
	if kw.end == k {
		v = kw.start
	}
	if v < s.TokStart {
		return false // a day that opens the sentence ("On Monday alone, ...")
	}
	if v > s.TokStart && beForm(d.LowerTokenText(v-1)) && figureAfterPreposition(d, s, fi) {
		return false // "A vigil for the 34,000 deaths was held on Friday"
	}
	// The verb is one of what happens to the people counted, whose
	// irregular forms the keyword vocabularies share (irregular.go:
	// "lost", "slain", "taken", "fled"): a verb in -ed there is as often
	// the report's ("40,000 dead was confirmed on Thursday").
	return irregularBase[d.LowerTokenText(v)] != ""
}

// startDayAt reports whether a date at token t is the metric's start day.
func (m *metric) startDayAt(d *figures.Document, t int) bool {
	fi := figureAt(d, t)
	if fi < 0 || d.Figures[fi].Kind != figures.Date || m.spec.Since.Day == 0 || int(d.Figures[fi].Value) != m.spec.Since.Day {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	for k := fs; k < fe; k++ {
		if n := monthNumber(d.LowerTokenText(k)); n > 0 {
			return n == m.spec.Since.Month
		}
	}
	return false
}

// eventOnDay reports whether a metric counts what happened on its start
// day, not since it: its description names the day without "since"
// before it ("killed by the earthquakes of 6 February 2023").
func eventOnDay(s MetricSpec) bool {
	if s.Since.Day == 0 {
		return false
	}
	words := strings.Fields(strings.ToLower(s.Description))
	for i, w := range words {
		if monthNumber(strings.Trim(w, ".,;:")) != s.Since.Month {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if words[k] == "since" {
				return false
			}
		}
		return true
	}
	return false
}
