package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count told as background is often dated by the period it closes, not
// by an event's name: "The eight years of fighting in the Donbas before
// 2022 had already killed more than 3,000 civilians", "Before February
// 2022, the war in the east had killed some 3,400", "the 3,400 or so killed
// in the Donbas in the eight years before", "In the preceding eight years
// of war, ...". Two shapes say it, whatever the event:
//   - "before" with a year or a date for its object no later than the
//     metric's start year: the period it closes ended before the count
//     began;
//   - a span of time said to lie before something ("in the eight years
//     before", "the decade prior", "the preceding eight years", "in the
//     months before the invasion"): for a running total, another period
//     than the one from its start to now, whatever it lies before.
// "In the past year", "over the last eight years" and "since the war
// began" reach up to now, and stay the metric's.

// beforeYearAt reports whether token k is "before" and its object is a
// year, or a date with a year, no later than the metric's start year:
// "before 2022", "before February 2022" for a count since February 2022.
func beforeYearAt(d *figures.Document, s *figures.Sentence, k, since int) bool {
	if since == 0 || k < s.TokStart || k+1 >= s.TokEnd || d.LowerTokenText(k) != "before" {
		return false
	}
	fj := figureAt(d, k+1)
	if fj < 0 {
		return false
	}
	if js, _ := d.FigureTokens(fj); js != k+1 {
		return false
	}
	f := &d.Figures[fj]
	y := 0
	switch f.Kind {
	case figures.Year:
		y = int(f.Value)
	case figures.Date:
		y = dateYear(f.Text, 0) // none in "October 7": the start's day is read elsewhere
	}
	return y >= 1000 && y <= since
}

// spanUnit reports whether lower-cased w names a unit a span of time is
// counted in: "eight years", "the decade", "the months".
func spanUnit(w string) bool {
	return timeUnit(w) || w == "decade" || w == "decades"
}

// spanBeforeAt reports whether token k holds the word that puts a span of
// time before something: "before", "prior" or "earlier" right after the
// span's unit ("the eight years before", "the decade prior", "the
// months earlier"), or "preceding" or "previous" right before it, a
// number between ("the preceding eight years", "the previous decade").
func spanBeforeAt(d *figures.Document, s *figures.Sentence, k int) bool {
	word := sentenceWords(d, s)
	switch word(k) {
	case "before", "prior", "earlier":
		return k > s.TokStart && spanUnit(word(k-1))
	case "preceding", "previous":
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
	for k := fe; k < s.TokEnd && k < fe+priorPeriodWords; k++ {
		if w := d.TokenText(k); w == "," || w == ";" || w == ":" || w == "—" || w == "(" || other(k) {
			break
		}
		if spanBeforeAt(d, s, k) {
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
		if spanBeforeAt(d, s, k) {
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
		if spanBeforeAt(d, s, k) {
			return k
		}
	}
	return -1
}
