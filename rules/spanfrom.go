package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A year the sentence reaches back to is an earlier time, and what it
// counts there another count: a span that starts at it ("from 2014 to the
// full-scale invasion, about 3,400 civilians were killed"), or a time it
// goes "back to" or is "back in" ("you'd have to go back to 1939, to
// Erzincan, where about 33,000 died"). A transcript says such years aloud
// (figures/spokenyear.go) as often as an article writes them. A
// superlative or a comparison before the year frames a record ("the
// deadliest going back to 1939") and counts nothing from it.

// spanFromYear reports whether the year at token ts opens a span ("from
// 2014 to ...", "from 2014 until ..."): "from" before it and a word of
// "to" right after figure fi, perhaps after "up" or "right up", which
// say only that the span runs all the way ("from 2015 up to the day
// the tanks crossed": span_from_year_up_to.yaml).
func spanFromYear(d *figures.Document, s *figures.Sentence, fi, ts int) bool {
	_, te := d.FigureTokens(fi)
	if ts-1 < s.TokStart || !strings.EqualFold(d.TokenText(ts-1), "from") || te >= s.TokEnd {
		return false
	}
	word := sentenceWords(d, s)
	if word(te) == "right" && word(te+1) == "up" {
		te++
	}
	if word(te) == "up" {
		te++
	}
	switch word(te) {
	case "to", "until", "till", "through":
		return !superlativeBefore(d, s, ts) && !comparisonBefore(d, s, ts)
	}
	return false
}

// backToYear reports whether the year at token ts follows "back to" or
// "back in": a time the sentence goes back to.
func backToYear(d *figures.Document, s *figures.Sentence, ts int) bool {
	if ts-2 <= s.TokStart || !strings.EqualFold(d.TokenText(ts-2), "back") {
		return false
	}
	if w := strings.ToLower(d.TokenText(ts - 1)); w != "to" && w != "in" {
		return false
	}
	return !superlativeBefore(d, s, ts-1) && !comparisonBefore(d, s, ts-1)
}
