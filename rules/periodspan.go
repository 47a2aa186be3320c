package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The words of a span of time after a figure or a keyword: how long it
// runs (a week, 24 hours, decades, many months), whether it is marked as a
// part of a longer time, and the year it names.

// spanEnd returns the token after a span of time that starts at token t,
// or 0, and whether the span is marked as a part of a longer time: a
// single unit ("a week", "a single day"), a number of units ("24 hours",
// "three days"), the past or a part of the year ("the past week", "the
// first half of the year", "the first six months of the year"). A span
// "of" an event is how long the event has lasted ("over eleven months of
// bombardment", "in two years of war"): the metric's own period.
func spanEnd(d *figures.Document, s *figures.Sentence, t int) (int, bool) {
	if e := openingSpanEnd(d, s, t); e > 0 {
		return e, true // "in the first weeks of the war" (openingspan.go)
	}
	e, part := spanWords(d, s, t)
	if e > 0 && e < s.TokEnd && strings.EqualFold(d.TokenText(e), "of") {
		return 0, false
	}
	return e, part
}

// spanWords returns the token after the words of a span of time that
// starts at token t, or 0, and whether they mark it as a part (spanEnd).
func spanWords(d *figures.Document, s *figures.Sentence, t int) (int, bool) {
	word := sentenceWords(d, s)
	switch word(t) {
	case "just", "only", "barely", "under", "less":
		t++ // "in just a week"
	}
	if word(t) == "the" && word(t+1) == "course" && word(t+2) == "of" {
		t += 3 // "over the course of 2024": the span itself
	}
	if m := monthNumber(word(t)); m > 0 && word(t+1) == "alone" {
		return t + 1, true // "In April alone": a month, said to be a part
	}
	if fi := figureIn(d, s, t); fi >= 0 && d.Figures[fi].Kind == figures.Year {
		// A calendar year ("in 2024"): a part of a running total that
		// began before it (otherPeriod reads the year).
		_, fe := d.FigureTokens(fi)
		return fe, false
	}
	switch word(t) {
	case "a", "one":
		single := word(t+1) == "single"
		if single {
			t++
		}
		if timeUnit(word(t + 1)) {
			return t + 2, single
		}
		return 0, false
	case "the":
		t++
		if isApostrophe(word(t+1)) && word(t+2) == "s" {
			t += 3 // "the war's first month"
		}
		past := false
		switch word(t) {
		case "last", "past", "previous":
			past = true
		case "first", "second", "opening":
		default:
			return 0, false
		}
		t++
		end := 0
		switch w := word(t); {
		case w == "half" || w == "quarter" || timeUnit(w):
			end = t + 1 // "the first half of the year", "the past week"
		case past && decadeWord(w):
			end = t + 1 // "over the past decade": longer than a running total has run
		default:
			end = unitsEnd(d, t, word) // "the first six months"
			if end == 0 && past {
				end = decadesEnd(d, t, word) // "in the last two decades"
			}
			if past && manyMonths(d, t, word) {
				// "Over the past eight months, some 37,000 have
				// perished": months or years of a running total are the
				// time it has run, not a part of it.
				past = false
			}
		}
		switch {
		case end == 0:
			return 0, false
		case word(end) == "of" && (word(end+1) == "the" || word(end+1) == "this") && word(end+2) == "year":
			return end + 3, true
		case word(t) == "half" || word(t) == "quarter":
			return 0, false // of something else: "the first half of the war"
		}
		return end, past
	}
	if e := unitsEnd(d, t, word); e > 0 {
		return e, false // "in 24 hours", "over three days"
	}
	// "over three decades", "across four decades": longer than any
	// running total the rules count has run, as "the past two decades"
	// is (span_of_decades.yaml).
	e := decadesEnd(d, t, word)
	return e, e > 0
}

// decadeWord reports whether lower-cased w is a decade: a span past
// ("the past decade", "the last two decades") longer than any running
// total the rules count has run, so another period than its own.
func decadeWord(w string) bool { return w == "decade" || w == "decades" }

// decadesEnd returns the token after a number of decades at token t ("two
// decades"), or 0.
func decadesEnd(d *figures.Document, t int, word func(int) string) int {
	return countedEnd(d, t, word, decadeWord)
}

// manyMonths reports whether the number of units of time at token t is
// two months or more, or two years or more ("eight months", "three years").
func manyMonths(d *figures.Document, t int, word func(int) string) bool {
	fi := figureAt(d, t)
	if fi < 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	switch word(fe) {
	case "months", "years":
		return d.Figures[fi].Value >= 2
	}
	return false
}

// spanYear returns the calendar year of the span that the word at token k
// opens ("in 2024", "over the course of 2024"), or 0.
func spanYear(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	t := k + 1
	if word(t) == "the" && word(t+1) == "course" && word(t+2) == "of" {
		t += 3
	}
	if fi := figureAt(d, t); fi >= 0 && d.Figures[fi].Kind == figures.Year {
		return int(d.Figures[fi].Value)
	}
	return 0
}

// sentenceWords returns a reader of the lower-cased words of sentence s by token,
// "" outside it: before its start as past its end, so a reading that looks
// one word back from the sentence's first token ("once" before "home to")
// neither reads the sentence before nor indexes before the document. A
// word with no capital (most are) is its own text, one with a capital a
// slice of the document's lower-cased text (LowerTokenText): no copy is
// made of either.
func sentenceWords(d *figures.Document, s *figures.Sentence) func(int) string {
	return func(k int) string {
		if k >= s.TokEnd || k < s.TokStart {
			return ""
		}
		return d.LowerTokenText(k)
	}
}

// unitsEnd returns the token after a number of units of time at token t
// ("24 hours", "three days", which the figure finder reads as a measure),
// or 0.
func unitsEnd(d *figures.Document, t int, word func(int) string) int {
	return countedEnd(d, t, word, timeUnit)
}

// countedEnd returns the token after a number at token t (no year or
// date) and the word after it that unit accepts ("three days", "two
// decades"), or 0.
func countedEnd(d *figures.Document, t int, word func(int) string, unit func(string) bool) int {
	fi := figureAt(d, t)
	if fi < 0 || d.Figures[fi].Kind.IsCalendar() {
		return 0
	}
	if _, fe := d.FigureTokens(fi); unit(word(fe)) {
		return fe + 1
	}
	return 0
}
