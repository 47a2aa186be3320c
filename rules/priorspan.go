package rules

import (
	"strconv"
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A running total counts from its since date. A count over a span of
// years that began before it ("Between 2019 and 2023, the US opened 38
// foreign military sales cases", "From 2020 to 2024", "between 2019 and
// 2023" after the figure) is another period's, though the span reaches
// into the metric's start year: it holds years the metric does not count
// and only part of the ones it does. (A span that ended before the start
// year is another event's already: datedevent.go.) A span that begins in
// the start year or later may be all of the count ("in 2023 and 2024").

// The start is the metric's since, or for a metric with none the year
// its description counts "since" ("approved to Israel since 7 October
// 2023"): a since given to such a metric would also read the event it
// names as a later start ("since the war in Gaza began", with Gaza none of
// its places), so only this reading takes the description's year.

// countFromYear returns the year metric spec s counts from: its since's,
// or the year at most two words after "since" in its description, or 0.
func countFromYear(s MetricSpec) int {
	if s.Since.Year != 0 {
		return s.Since.Year
	}
	words := strings.FieldsFunc(s.Description, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	})
	for i, w := range words {
		if !strings.EqualFold(w, "since") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if y, err := strconv.Atoi(words[k]); err == nil && y >= 1900 && y <= 2100 {
				return y
			}
		}
	}
	return 0
}

// priorSpanWords is how many tokens a span of years may stand from the
// figure in its clause.
const priorSpanWords = 25

// priorSpan returns the first token of a span of years (a year figure
// with a range, "Between 2019 and 2023") in figure fi's clause whose first
// year is before since, or -1. It reads back to the start of the sentence
// or a semicolon, through a fronted phrase's comma, and forward to the
// end of the figure's clause, and stops at another count.
func priorSpan(d *figures.Document, s *figures.Sentence, fi, since int) int {
	fs, fe := d.FigureTokens(fi)
	// at answers for token k: the first token of a span before since, -1
	// for none, -2 for another count, whose words are its own.
	at := func(k int) int {
		fj := figureIn(d, s, k)
		if fj < 0 {
			return -1
		}
		f := &d.Figures[fj]
		if f.Kind != figures.Year {
			return -2
		}
		js, _ := d.FigureTokens(fj)
		if f.Qualifier == figures.Range && f.Low != nil && f.High != nil && *f.Low < *f.High && int(*f.Low) < since && spanOpens(d, s, js) {
			return js
		}
		return -1
	}
	for k := fs - 1; k >= s.TokStart && k > fs-priorSpanWords && d.TokenText(k) != ";"; k-- {
		if j := at(k); j != -1 {
			return max(j, -1)
		}
	}
	for k := fe; k < s.TokEnd && k < fe+priorSpanWords; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "(":
			return -1
		}
		if j := at(k); j != -1 {
			return max(j, -1)
		}
	}
	return -1
}

// spanOpens reports whether the span of years at token js is a period
// phrase of its own: it opens with "between" or "from" ("Between 2019 and
// 2023"), or a preposition of time stands before it ("in 2019-2023",
// "over 2019 to 2023"). A span after an article dates a noun ("the
// 2008-09 assault"), an earlier event the figure may be compared with.
func spanOpens(d *figures.Document, s *figures.Sentence, js int) bool {
	word := sentenceWords(d, s)
	switch word(js) {
	case "between", "from":
		return true
	}
	if js <= s.TokStart {
		return false
	}
	switch word(js - 1) {
	case "in", "over", "during", "between", "from", "across", "throughout":
		return true
	}
	return false
}
