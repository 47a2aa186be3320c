package rules

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count "since" a later start than the metric's is a part of it:
// "Nearly 2,000 Palestinians have been killed in Gaza since the ceasefire
// collapsed on March 18". The metric's start is its since date
// (since: 2023-10-07), or for a bare year the month its description names
// with that year ("since 7 October 2023", "since Russia's full-scale
// invasion in February 2022"); the event that
// opened the count is named by the war's own words (the war, the invasion,
// the quake), which a "since" phrase may name freely. What opens a later
// period: another month or a later year, a day or a season, an event that
// ends or resumes something (a ceasefire collapsed, a truce ended,
// strikes resumed), or an event in a place the metric does not name ("the
// offensive on Rafah").

// startMonth returns the month of the metric's since when it gives one
// (since: 2023-10-07), or else the month its description names right
// before its since year, perhaps with a day between ("7 October 2023",
// "April 2023"), or 0.
func startMonth(s MetricSpec) int {
	if s.Since.Month != 0 || s.Since.Year == 0 {
		return s.Since.Month
	}
	return monthBeforeYear(s.Description, s.Since.Year)
}

// monthBeforeYear returns the month description names right before year,
// perhaps with a day between ("7 October 2023", "April 2023"), or 0.
func monthBeforeYear(description string, year int) int {
	if year == 0 {
		return 0
	}
	words := strings.FieldsFunc(description, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	})
	y := strconv.Itoa(year)
	for i, w := range words {
		if w != y {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if n := monthNumber(strings.ToLower(words[k])); n > 0 {
				return n
			}
		}
	}
	return 0
}

// monthNumber is the number of the month lower-case w names (1-12), in
// full or short, or 0.
func monthNumber(w string) int {
	w = strings.TrimSuffix(w, ".")
	for i, m := range [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) && monthName(w) {
			return i + 1
		}
	}
	return 0
}

// sinceEnd returns the token after the phrase that "since" at token k
// opens: up to a comma, a semicolon, a dash, a conjunction or the end of
// the sentence, at most eight words. A bare date ("since 2022", "since
// March 2022", "since October", "since October 7") is the whole phrase
// when a lower-case word follows it that does not go on dating it ("last
// year", "of 2023"): that word goes on with the sentence ("a choir that
// has sung since 2022 gave a concert on Sunday", "sales pushed through
// since October without a vote in Congress").
func sinceEnd(d *figures.Document, s *figures.Sentence, k int) int {
	n := 0
	bare := true // only a date's words since k
	for t := k + 1; t < s.TokEnd; t++ {
		w := d.LowerTokenText(t)
		if bare && bareDateEnds(d, s, k, t) {
			return t + 1
		}
		bare = bare && (d.Tokens[t].IsNumber() || monthNumber(w) > 0 && named(d, t))
		if d.Tokens[t].IsSymbol() {
			switch w {
			case ",", ";", ":", "(", ")", "—", "–", "!", "?":
				return t
			}
			continue // "Oct. 7", "March 18."
		}
		switch w {
		case "and", "but", "while", "whereas", "according", "as", "when":
			return t
		}
		if countAt(d, t) {
			return t // a count ends it: "since the invasion reached 12,910"
		}
		if n++; n > 8 {
			return t
		}
	}
	return s.TokEnd
}

// bareDateEnds reports whether token t, of a since phrase opened at token
// k holding only a date so far, ends that date: a year, a month, or a
// month's day, before a lower-case word that does not go on dating it.
func bareDateEnds(d *figures.Document, s *figures.Sentence, k, t int) bool {
	if t+1 >= s.TokEnd || !d.Tokens[t+1].IsWord() || !isLowerWord(d.TokenText(t+1)) {
		return false
	}
	if _, year := yearToken(d, t); year {
		return true
	}
	month := monthNumber(d.LowerTokenText(t)) > 0 && named(d, t)
	day := d.Tokens[t].IsNumber() && t-1 > k && monthNumber(d.LowerTokenText(t-1)) > 0 && named(d, t-1)
	if !month && !day {
		return false
	}
	switch d.LowerTokenText(t + 1) {
	case "last", "this", "next", "of", "in", "year", "the":
		return false // "since October last year", "since March of 2023"
	}
	return true
}

// laterStart returns the token of a "since" of sentence s that opens a
// later period than the metric's, or -1. A superlative's frame ("the
// deadliest since the quake of 1939") compares, and counts from nothing.
func (m *metric) laterStart(d *figures.Document, s *figures.Sentence, date time.Time) int {
	var buf [64]byte
	years := false // a year after since: only then is "in" read
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		years = years || d.Figures[fi].Kind == figures.Year && d.Figures[fi].Value > float64(m.spec.Since.Year)
	}
	for k := s.TokStart; k < s.TokEnd; k++ {
		if !d.Tokens[k].IsWord() {
			continue
		}
		if years && m.laterYearIn(d, s, k) {
			return k
		}
		if !strings.EqualFold(d.TokenText(k), "since") {
			continue
		}
		if superlativeBefore(d, s, k+1) {
			continue
		}
		end := sinceEnd(d, s, k)
		if m.opensLaterPeriod(d, s, k+1, end, date, &buf) {
			return k
		}
	}
	return -1
}

// laterYearIn reports whether token k is "in", "during" or "throughout"
// before a year after the metric's since, perhaps past a part of it ("in
// the first half of 2025", "during 2024"): a count over a later period.
// Opening the sentence, the year frames what follows only with "alone"
// ("In 2024 alone, ..."); "In 2024, the toll passed 45,000" dates a total.
func (m *metric) laterYearIn(d *figures.Document, s *figures.Sentence, k int) bool {
	switch d.LowerTokenText(k) {
	case "in", "during", "throughout":
	default:
		return false
	}
	if risingLevelBefore(d, s, k) {
		return false // "9 million and rising in early 2024": when the level was read
	}
	for t := k + 1; t < s.TokEnd && t <= k+7; t++ {
		if fi := figureAt(d, t); fi >= 0 {
			f := &d.Figures[fi]
			_, fe := d.FigureTokens(fi)
			if f.Kind != figures.Year && fe < s.TokEnd && timeUnit(d.LowerTokenText(fe)) {
				t = fe // "the first six months of 2024"
				continue
			}
			if f.Kind != figures.Year || f.Value <= float64(m.spec.Since.Year) {
				return false
			}
			return k != afterStamp(d, s) || fe < s.TokEnd && strings.EqualFold(d.TokenText(fe), "alone")
		}
		if !d.Tokens[t].IsWord() || named(d, t) {
			return false
		}
	}
	return false
}

// opensLaterPeriod reads the words from token from to token end, after
// "since", in an article of date (zero when not known).
func (m *metric) opensLaterPeriod(d *figures.Document, s *figures.Sentence, from, end int, date time.Time, buf *[64]byte) bool {
	month, year := 0, 0
	later, dated, event := false, false, false
	start := false // a weekday that is the metric's since day (sinceWeekday)
	for t := from; t < end; t++ {
		raw := d.TokenText(t)
		w := string(lowerInto(buf, raw))
		if n := monthNumber(w); n > 0 && named(d, t) {
			month = n
			continue
		}
		if len(w) == 4 && w[0] >= '1' && w[0] <= '2' && isDigits(w) {
			year = int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
			continue
		}
		if w == "year" && yearStart(d, from, end, t) {
			month = 1 // "since the start of the year": January's first day
			continue
		}
		if w == "broke" && t+1 < end && strings.EqualFold(d.TokenText(t+1), "out") {
			event = true // "since fighting broke out": the war's start
			continue
		}
		switch {
		case phaseChange(w):
			later = true // "since the ceasefire collapsed", "since strikes resumed"
		case startEvent(w) || m.startAct(d, s, t, end, buf):
			event = true // "since the invasion", "since Russia invaded a year ago"
		case calendarName(raw) || laterTime(w):
			dated = true // "since the summer", "since last week"
			start = start || m.sinceWeekday(w, date)
		case t > from && named(d, t) && len(raw) >= 4 && m.foreignName(raw) &&
			(placeOfAct(d, from, t) || t+1 < end && operationNoun(string(lowerInto(buf, d.TokenText(t+1))))):
			// "since the offensive on Rafah began", "since the Rafah
			// operation", "since the RSF seized Wad Madani"
			later = true
		}
	}
	// A time of the calendar with the metric's event is its start ("since
	// Monday's quake"); alone, it is a later one ("since the summer").
	later = later || dated && !event && !start
	switch {
	case year > m.spec.Since.Year:
		return true
	case year != 0 && year < m.spec.Since.Year:
		return false // an earlier start: earlierStart's
	case later && !dated:
		// An end, a resumption or another place's event is later
		// whatever its month: "since the RSF attacked Zamzam in April".
		return true
	case month > 0 && m.startMonth > 0:
		return month != m.startMonth
	case month > 0:
		return year == 0 // "since March", of a metric whose start month is unknown: leave it
	}
	return later
}

// sinceWeekday reports whether lower-case w is a weekday that, read
// against the article's date, is the metric's since day: "since Sunday"
// in an article of Tuesday 8 December, of a count since 2026-12-06, is the
// count's own start, not a later one (the last such day on or before the
// date, as toldDay reads "on Sunday").
func (m *metric) sinceWeekday(w string, date time.Time) bool {
	wd, ok := weekdayNamed(w)
	if !ok || date.IsZero() || m.spec.Since.Day == 0 {
		return false
	}
	since := time.Date(m.spec.Since.Year, time.Month(m.spec.Since.Month), m.spec.Since.Day, 0, 0, 0, 0, time.UTC)
	return lastWeekday(utcDay(date), wd).Equal(since)
}

// startEvent reports whether w names an event that starts a count: a
// war, an invasion, a disaster. An offensive or an operation is a phase
// of a war: dated ("since the summer offensive began"), it opens a later
// period.
func startEvent(w string) bool {
	switch w {
	case "offensive", "offensives", "population":
		return false
	case "fighting", "hostilities", "attack", "attacks", "tremor", "tremors":
		return true
	}
	return eventNoun(w)
}

// laterTime reports whether w names a time of the calendar: a season, a
// week, the weekend.
func laterTime(w string) bool {
	switch w {
	case "spring", "summer", "autumn", "winter", "week", "weekend", "month", "year", "midnight", "dawn", "overnight":
		return true
	}
	return false
}

// phaseChange reports whether w says a phase of the conflict ended or
// began again: a ceasefire or a truce, its collapse, a resumption.
func phaseChange(w string) bool {
	for _, p := range [...]string{"ceasefire", "cease-fire", "truce", "collaps", "resum", "renewed", "armistice", "broke"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	switch w {
	case "ended", "ends", "expired", "pause", "paused", "lull":
		return true
	}
	return false
}

// operationNoun reports whether w names a military operation or an
// event of war that a place before it locates: "the Rafah operation".
func operationNoun(w string) bool {
	return eventNoun(w) || w == "operation" || w == "assault" || w == "incursion" || w == "siege" || w == "ground"
}

// placeOfAct reports whether the name at token t, inside a "since" phrase
// opening at token from, is where an act took place: the name it belongs
// to follows a preposition of place or a verb in -ed ("on Rafah", "seized
// Wad Madani"). A name that opens the phrase acts: "since Vladimir Putin
// ordered the invasion".
func placeOfAct(d *figures.Document, from, t int) bool {
	j := t - 1
	for j > from && named(d, j) {
		j--
	}
	if j < from || named(d, j) {
		return false
	}
	w := d.TokenText(j)
	return placePreposition(w) || j > from && len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(w)
}

// placePreposition reports whether w, before a name, makes it the place
// of an event: "the offensive on Rafah", "fighting in Wad Madani".
func placePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "on", "at", "into", "near", "around", "of":
		return true
	}
	return false
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
