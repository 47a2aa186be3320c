package rules

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A re-run often keeps the date its figure was true on: "as of December
// 7, the board said 1,200", "as at 7 December", "the ministry said on
// Monday". That date, not the re-run's publication, says how old the
// figure is: the tracker judges one dated before its claimant's newer
// figure that claimant's superseded word however late it is run again,
// and one dated after it the claimant's word since, never a re-run
// (tracker/repeat.go). It is read here, with the observation
// (Observation.AsOf), and stored with it: the tracker reads no quote.

// readAsOf fills the AsOf of each claimant's observation from its quote,
// read against the article's date; none when the date is not known, and
// none for an unattributed figure, which the tracker never dates by it.
// Many observations share a sentence (a figure's one a metric, often
// many, not one after another): a sentence is asked for a cue of an as-of
// once, from the document's tokens (asOfCue), and only a quote with one is
// read whole, once a figure.
func readAsOf(d *figures.Document, obs []Observation, date time.Time) {
	if date.IsZero() {
		return
	}
	var cues []int8                 // by sentence: 0 not asked yet, 1 a cue, 2 none
	lastSentenceStart, si := -1, -1 // the sentence of the last quote's start
	lastStart, lastFig, lastQuote := -1, -1, ""
	var last time.Time
	for i := range obs {
		o := &obs[i]
		if len(o.Values) == 0 || o.Claimant == nil {
			continue
		}
		if o.QuoteStart != lastSentenceStart {
			lastSentenceStart, si = o.QuoteStart, d.SentenceAt(o.QuoteStart)
		}
		if si < 0 {
			continue
		}
		if s := &d.Sentences[si]; o.QuoteEnd <= s.End {
			if cues == nil {
				cues = make([]int8, len(d.Sentences))
			}
			if cues[si] == 0 {
				cues[si] = 2
				if asOfCue(d, s.TokStart, s.TokEnd) {
					cues[si] = 1
				}
			}
			if cues[si] != 1 {
				continue
			}
		} else if from, to, ok := quoteTokens(d, o.QuoteStart, o.QuoteEnd); !ok || !asOfCue(d, from, to) {
			continue // a quote of several sentences, asked on its own
		}
		if o.QuoteStart == lastStart && o.Values[0].Start == lastFig && o.Quote == lastQuote {
			o.AsOf = last
			continue
		}
		lastStart, lastFig, lastQuote, last = o.QuoteStart, o.Values[0].Start, o.Quote, time.Time{}
		if day, ok := statedAsOfAt(o.Quote, figureInQuote(o), date); ok {
			o.AsOf, last = day, day
		}
	}
}

// asOfCue reports whether tokens [from, to) hold a phrase StatedAsOf
// reads a date after: an as-of marker's two words, or "on" after a
// statement verb. It asks the document's words, lowered once already,
// where StatedAsOf splits and lowers the quote's: most sentences give no
// as-of. Every cue ends in a two-letter word ("of", "at", "on", "to"), so
// only a token of two bytes is read, and the word before it only then: a
// sentence's other words cost a length's test (bench57, the dated path).
// The one cue of another length, a week's end ("in the week ending 6
// December"), is asked of a six-byte token by its bytes, not lowered.
func asOfCue(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		t := &d.Tokens[k]
		if t.End-t.Start == 6 && k > from && weekEnding(d, k) {
			return true
		}
		if t.End-t.Start != 2 || t.IsSymbol() {
			continue
		}
		w := d.LowerTokenText(k)
		if !asOfCueEnd(w) {
			continue
		}
		p := k - 1
		for p >= from && d.Tokens[p].IsSymbol() {
			p--
		}
		if p < from {
			continue
		}
		prev := d.LowerTokenText(p)
		for _, m := range asOfMarkers {
			if prev == m[0] && w == m[1] {
				return true
			}
		}
		if w == "on" && statementVerb(prev) {
			return true
		}
	}
	return false
}

// weekEnding reports whether token k, six bytes long, is "ending" after
// "week": its first byte asked first, as most six-letter words of news
// ("people", "killed") fail there.
func weekEnding(d *figures.Document, k int) bool {
	w := d.TokenText(k)
	return w[0]|0x20 == 'e' && strings.EqualFold(w, "ending") && strings.EqualFold(d.TokenText(k-1), "week")
}

// asOfCueEnd reports whether w may end a cue of asOfCue: an as-of
// marker's second word or "on".
func asOfCueEnd(w string) bool {
	if w == "on" {
		return true
	}
	for _, m := range asOfMarkers {
		if w == m[1] {
			return true
		}
	}
	return false
}

// asOfMarkers open a date that says when a figure was true: "as of",
// "as at", "as on", "up to", and a week's end, "the week to 6 December",
// "the week ending Sunday": a week's count is of the week that ends then
// (a count per period is judged by its period: tracker/countperiod.go).
// Not "since" (when a count began), nor "by", "until" or "through" (a
// forecast's horizon as often as a count's date: "without power until
// Monday"), nor "the week of 1 December" (its start).
var asOfMarkers = [][]string{{"as", "of"}, {"as", "at"}, {"as", "on"}, {"up", "to"}, {"week", "to"}, {"week", "ending"}}

// statementVerb reports whether w, before "on" and a date, says when the
// claimant gave the figure: "said on Monday", "reported on 7 December",
// "insisted on Tuesday". The verbs are the claimant finder's reporting
// verbs (claimant.ReportingVerb), which the reading of an event's day
// asks too (eventday.go), and "updated", a count's own update.
func statementVerb(w string) bool { return claimant.ReportingVerb(w) || w == "updated" }

// StatedAsOf returns the day (UTC midnight) a quote says its figure was
// true on, read against the article's publication: a month and day take
// the year figures.YearlessDay gives (the latest on or before it, or one
// up to a month after), a weekday the last one on or before it. A date after the publication is a forecast's, and no as-of.
//
// The date must govern the figure (figure: its text as written): the
// number nearest the date phrase, with no sentence or clause break (".",
// ";") between them: "down from 1,900 as of Monday" dates the 1,900, not
// the sentence's other figure.
func StatedAsOf(quote, figure string, published time.Time) (time.Time, bool) {
	fig := strings.Index(quote, figure)
	if figure == "" || fig < 0 {
		return time.Time{}, false
	}
	return statedAsOfAt(quote, [2]int{fig, fig + len(figure)}, published)
}

// figureInQuote is the span of an observation's first value in its quote:
// where the engine found it, or, when that is not inside the quote (a
// figure of a neighbouring sentence), its text's first place in it; [-1,
// -1] when the quote does not hold it.
func figureInQuote(o *Observation) [2]int {
	v := o.Values[0]
	if fs, fe := v.Start-o.QuoteStart, v.End-o.QuoteStart; fs >= 0 && fe <= len(o.Quote) && o.Quote[fs:fe] == v.Text {
		return [2]int{fs, fe}
	}
	if i := strings.Index(o.Quote, v.Text); v.Text != "" && i >= 0 {
		return [2]int{i, i + len(v.Text)}
	}
	return [2]int{-1, -1}
}

// statedAsOfAt is StatedAsOf of the figure at span fig of the quote.
func statedAsOfAt(quote string, fig [2]int, published time.Time) (time.Time, bool) {
	if fig[0] < 0 {
		return time.Time{}, false
	}
	var ws []string
	var spans [][2]int
	for i := 0; i < len(quote); {
		r, n := utf8.DecodeRuneInString(quote[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(quote) {
			r, n := utf8.DecodeRuneInString(quote[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += n
		}
		ws, spans = append(ws, strings.ToLower(quote[i:j])), append(spans, [2]int{i, j})
		i = j
	}
	pub := utcDay(published)
	for i := range ws {
		at := -1
		for _, m := range asOfMarkers {
			if i+len(m) <= len(ws) && slices.Equal(ws[i:i+len(m)], m) {
				at = i + len(m)
			}
		}
		if i+1 < len(ws) && ws[i+1] == "on" && statementVerb(ws[i]) {
			at = i + 2
		}
		if at < 0 {
			continue
		}
		if d, n, ok := asOfDateAt(ws, at, pub); ok && !d.After(pub) && asOfGoverns(quote, spans[i][0], spans[at+n-1][1], fig[0], fig[1]) {
			return d, true
		}
	}
	return time.Time{}, false
}

// asOfDateAt reads a date at words[i]: "december 7 [2026]", "7 december
// [2026]", "7th december", "monday", "2026 12 07" (ISO, split), and how
// many words it takes.
func asOfDateAt(ws []string, i int, pub time.Time) (time.Time, int, bool) {
	if i >= len(ws) {
		return time.Time{}, 0, false
	}
	if wd, ok := weekdayNamed(ws[i]); ok {
		return lastWeekday(pub, wd), 1, true
	}
	year := func(k int) (int, bool) {
		if k < len(ws) && len(ws[k]) == 4 {
			y, err := strconv.Atoi(ws[k])
			return y, err == nil && y > 1900
		}
		return 0, false
	}
	if y, ok := year(i); ok && i+2 < len(ws) {
		m, err1 := strconv.Atoi(ws[i+1])
		d, err2 := strconv.Atoi(ws[i+2])
		if err1 == nil && err2 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), 3, true
		}
		return time.Time{}, 0, false
	}
	var m time.Month
	var d, next int
	if mm, ok := monthNamed(ws[i]); ok && i+1 < len(ws) {
		m, d, next = mm, dayNumber(ws[i+1]), i+2
	} else if i+1 < len(ws) {
		if mm, ok := monthNamed(ws[i+1]); ok {
			m, d, next = mm, dayNumber(ws[i]), i+2
		}
	}
	if d == 0 {
		return time.Time{}, 0, false
	}
	if y, ok := year(next); ok {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), 3, true
	}
	if day := figures.YearlessDay(m, d, pub); day.Day() == d {
		return day, 2, true
	}
	return time.Time{}, 0, false // "February 30"
}

// breaksAsOf are words that, between a date phrase and a figure, say the
// figure is of another time or clause than the date (review48 M4): a
// time word ("again", "now", "tonight"), a contrast ("but", "yet"), a
// clause of time or a relative one ("after", "when", "which").
var breaksAsOf = map[string]bool{"again": true, "now": true, "today": true, "tonight": true, "yesterday": true, "later": true,
	"since": true, "but": true, "yet": true, "however": true, "although": true, "though": true, "while": true, "whereas": true,
	"after": true, "before": true, "when": true, "until": true, "by": true, "which": true, "last": true, "previously": true, "earlier": true}

// asOfGoverns reports whether a date phrase at [ds, de) of a quote dates
// the figure at [fs, fe): no "." or ";" between them, and no other number
// nearer the phrase than the figure, between them or on its other side.
func asOfGoverns(q string, ds, de, fs, fe int) bool {
	var gap string
	switch {
	case fs >= de:
		gap = q[de:fs]
	case fe <= ds:
		gap = q[fe:ds]
	default:
		return false // the figure is inside the date
	}
	if strings.ContainsAny(gap, ";") || strings.Contains(gap, ". ") || strings.ContainsFunc(gap, unicode.IsDigit) {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(gap), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if DayOrMonthName(w) || breaksAsOf[w] {
			return false
		}
	}
	// The nearest number on the date's other side.
	if fs >= de {
		i := strings.LastIndexFunc(q[:ds], unicode.IsDigit)
		return i < 0 || ds-i > len(gap) || strings.ContainsAny(q[i:ds], ".;")
	}
	i := strings.IndexFunc(q[de:], unicode.IsDigit)
	return i < 0 || i > len(gap) || strings.ContainsAny(q[de:de+i], ".;")
}

// dayNumber reads "7" or "7th" as 7; 0 when w is no day of a month.
func dayNumber(w string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}
