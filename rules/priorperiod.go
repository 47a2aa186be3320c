package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count told as background is often dated by the period it closes, not
// by an event's name: "The eight years of fighting in the Donbas before
// 2022 had already killed more than 3,000 civilians", "Until February
// 2022, the war in the east had killed some 3,400", "the 3,400 or so
// killed in the Donbas in the eight years before", "In the preceding eight
// years of war, ...". Two shapes say it, whatever the event:
//   - a word that closes a period ("before", "until", "by", "through",
//     "up to", "pre-") with a year or a date no later than the metric's
//     start: the period ended before the count began; or, for a running
//     total, a span opened ("from 2014 to", "between 2014 and") with a
//     year before the start's: the period began before the count did;
//   - a span of time said to lie before something ("in the eight years
//     before", "the decade prior", "the preceding eight years", "in the
//     months before the invasion"): for a running total, another period
//     than the one from its start to now, whatever it lies before.
// "In the past year", "over the last eight years" and "since the war
// began" reach up to now, and stay the metric's.

// boundWords is how many tokens may stand between a word that closes a
// period and its time ("by the end of 2021", "until early 2022").
const boundWords = 4

// closedBefore returns the token of the word that makes time figure fj
// (a year or a date, or the year of "pre-2022") close a period no later
// than the metric's start, or -1: "before 2022", "until February 2022",
// "by the end of 2021", "through 2021", "pre-2022". "before" closes the
// period when its time begins: the start's own year or month is before
// the start. The others close it when their time ends: a year or a month
// before the start's, or its month or the early part of its year ("by
// early 2022" for a start in February 2022).
func closedBefore(d *figures.Document, s *figures.Sentence, fj int, start StartDate) int {
	if start.Year == 0 {
		return -1
	}
	js, _ := d.FigureTokens(fj)
	f := &d.Figures[fj]
	word := sentenceWords(d, s)
	year, month := 0, 0
	switch f.Kind {
	case figures.Year:
		year = int(f.Value)
		if f.Qualifier == figures.Range && f.High != nil {
			year = int(*f.High)
		}
	case figures.Date:
		year = dateYear(f.Text, 0) // none in "October 7": the start's day is read elsewhere
		for k := js; k < s.TokEnd && figureIn(d, s, k) == fj; k++ {
			if n := monthNumber(word(k)); n > 0 {
				month = n
			}
		}
	default:
		// "Pre-2022": the finder reads the year as a bare number.
		if word(js-1) == "-" && word(js-2) == "pre" && f.Value >= 1000 && f.Value < 2100 && f.Value == float64(int(f.Value)) {
			if int(f.Value) <= start.Year {
				return js - 2
			}
		}
		return -1
	}
	if year < 1000 {
		return -1
	}
	early := false
	for k := js - 1; k >= s.TokStart && k >= js-1-boundWords; k-- {
		switch w := word(k); w {
		case "the", "end", "close", "of", "-", "mid", "late":
			continue
		case "early", "start", "beginning":
			early = true
			continue
		case "before":
			if year < start.Year || year == start.Year && (month == 0 || start.Month == 0 || month <= start.Month) {
				return k
			}
			return -1
		case "until", "till", "through", "by", "pre":
			if w == "pre" && word(k+1) != "-" {
				return -1
			}
			return closedBy(year, month, early, start, k)
		case "to":
			if k > s.TokStart && word(k-1) == "up" {
				return closedBy(year, month, early, start, k-1)
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// closedBy is closedBefore's answer for a word that closes a period when
// its time ends, at token k.
func closedBy(year, month int, early bool, start StartDate, k int) int {
	if year < start.Year || year == start.Year && (early || month > 0 && start.Month > 0 && month <= start.Month) {
		return k
	}
	return -1
}

// openedBefore returns the token of the "from" or "between" that opens a
// span with year or date figure fj, when the figure is before the
// metric's start and a word of "to" or "and" follows it ("From 2014 to
// early 2022", "between 2014 and the start of the full-scale war"), or
// -1: for a running total the span holds years it does not count. (A span
// the finder reads as one figure, "between 2019 and 2023", is
// priorspan.go's.)
func openedBefore(d *figures.Document, s *figures.Sentence, fj int, start StartDate) int {
	js, je := d.FigureTokens(fj)
	word := sentenceWords(d, s)
	if start.Year == 0 || js <= s.TokStart {
		return -1
	}
	switch word(js - 1) {
	case "from", "between":
	default:
		return -1
	}
	switch word(je) {
	case "to", "and", "until", "till", "through", "-", "–":
	default:
		return -1
	}
	f := &d.Figures[fj]
	switch f.Kind {
	case figures.Year:
		if f.Qualifier == figures.Range || int(f.Value) >= start.Year {
			return -1
		}
	case figures.Date:
		if y := dateYear(f.Text, 0); y < 1000 || y >= start.Year {
			return -1
		}
	default:
		return -1
	}
	if superlativeBefore(d, s, js) || comparisonBefore(d, s, js) {
		return -1 // "the deadliest from 2014 to now": a record's frame
	}
	return js - 1
}

// spanUnit reports whether lower-cased w names a unit a span of time is
// counted in: "eight years", "the decade", "the months".
func spanUnit(w string) bool {
	return timeUnit(w) || w == "decade" || w == "decades"
}

// spanBeforeAt reports whether token k holds the word that puts a span of
// time before something: "before", "prior", "earlier", "preceding" or
// "leading up to" right after the span's unit ("the eight years before",
// "the decade prior", "the months earlier", "the years leading up to the
// invasion"), or "preceding" or "previous" right before it, a number
// between ("the preceding eight years", "the previous decade").
func spanBeforeAt(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	switch word(k) {
	case "before", "prior", "earlier":
		return k > s.TokStart && spanUnit(word(k-1))
	case "leading":
		// "the years leading up to the invasion"
		return k > s.TokStart && spanUnit(word(k-1)) && word(k+1) == "up" && word(k+2) == "to"
	case "preceding", "previous":
		if k > s.TokStart && spanUnit(word(k-1)) {
			return true // "the eight years preceding the invasion"
		}
		for j := k + 1; j < s.TokEnd && j <= k+3; j++ {
			if spanUnit(word(j)) {
				return true
			}
			if fj := figureAt(d, j); fj < 0 || d.Figures[fj].Kind.IsAmount() && d.Figures[fj].Unit == "" {
				return false
			}
		}
	}
	return false
}

// priorPeriodWords is how many tokens either side of a figure its
// clause's period phrase may stand.
const priorPeriodWords = 20

// spanBefore returns the token of a span of time put before something
// (spanBeforeAt) in figure fi's clause, or -1: after the figure up to its
// clause's first mark, before it back to its clause's comma, or in a
// phrase a preposition opens the sentence with, up to its comma ("In the
// preceding eight years of war in the east, about 3,400 civilians were
// killed"). A clause before the comma says its own period: "79 were
// killed over the previous day, lifting the overall toll to 34,262".
// Another count between ends the reading: the words past it are its own
// ("the verified total of 11,700 set against the 3,400 killed in the
// eight years before"). A phrase that opens the sentence by comparing
// ("Unlike the decade before, ...") names what the count is set against,
// not its period.
func spanBefore(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	other := func(k int) bool {
		fj := figureIn(d, s, k)
		return fj >= 0 && fj != fi && d.Figures[fj].Kind.IsAmount() && d.Figures[fj].Unit == ""
	}
	// The level a change reached ("risen by 97 over the previous 24 hours
	// to 41,788") is now's: a span up to now dates the change
	// (changedto.go). Asked only once a span is found.
	spanAt := func(k int) bool {
		return spanBeforeAt(d, s, k) && !(recentSpanAt(d, s, k) && levelChangedTo(d, s, fi))
	}
	for k := fe; k < s.TokEnd && k < fe+priorPeriodWords; k++ {
		if w := d.TokenText(k); w == "," || w == ";" || w == ":" || w == "—" || w == "(" || other(k) {
			break
		}
		if spanAt(k) {
			return k
		}
	}
	if frontedComparison(d, s) {
		return -1
	}
	comma := -1
	for k := fs - 1; k >= s.TokStart && k >= fs-priorPeriodWords; k-- {
		if d.TokenText(k) == ";" || other(k) {
			break
		}
		if d.TokenText(k) == "," && !inFigure(d, k) {
			comma = k
			break
		}
		if spanAt(k) {
			return k
		}
	}
	start := afterSpeakerLabel(d, s) // "GUEST: In the decade before, ..."
	if w := d.LowerTokenText(start); comma < 0 || start >= comma || !prepositions[w] && w != "over" && w != "throughout" {
		return -1
	}
	for k := start + 1; k < comma; k++ {
		if d.TokenText(k) == "," && !inFigure(d, k) || other(k) {
			return -1
		}
		if spanAt(k) {
			return k
		}
	}
	return -1
}
