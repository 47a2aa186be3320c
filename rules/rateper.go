package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure that is a rate, not a count of its own: "30 prisoners for each
// hostage", "3 per household", "20,000 families a day" (rate, rateUnit). What
// the rate is taken per ("for every hostage") belongs to it and names what
// no other figure counts (perUnit).

// rate reports whether a figure is a rate ("30 prisoners for each hostage",
// "50 for every soldier", "3 per household"), not a count of its own: the
// words after it, past its noun, say "for each", "for every" or "per".
func rate(d *figures.Document, s *figures.Sentence, fi int) bool {
	return rateUnit(d, s, fi) >= 0
}

// rateUnit returns the token of what figure fi is a rate per (the word
// after "per", "for each" or "for every", past "additional", "extra",
// "further" or "more"; or a span of time after "a", "an", "each" or
// "every": "20,000 families a day", "1,500 people each week"), or -1 when
// it is no rate.
func rateUnit(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	for t := fe; t < fe+4 && t < s.TokEnd; t++ {
		if !d.Tokens[t].IsWord() {
			return -1
		}
		switch d.LowerTokenText(t) {
		case "per":
			return unitAfter(d, s, t+1)
		case "for":
			if t+1 < s.TokEnd && d.Tokens[t+1].IsWord() {
				if n := d.LowerTokenText(t + 1); n == "each" || n == "every" {
					return unitAfter(d, s, t+2)
				}
			}
			return -1
		case "a", "an", "each", "every":
			if !spanOpener(d.LowerTokenText(t-1)) && spanPer(d, s, t+1) {
				return t + 1
			}
		}
	}
	return -1
}

// spanOpener reports whether lower-cased w makes the span after it a
// length or a time ("in under a year", "within a week", "for a month"),
// not what a rate is taken per.
func spanOpener(w string) bool {
	switch w {
	case "under", "within", "in", "over", "than", "for", "about", "nearly", "almost", "just", "only",
		"barely", "of", "after", "before", "past", "by", "during", "throughout", "since", "across", "inside":
		return true
	}
	return false
}

// spanPer reports whether token t is a span of time a rate is taken per:
// a unit of time shorter than a year ("day", "week") that no word after
// it turns into a date ("a week ago", "a day after the strike", "a month
// into the offensive"). A yearly figure is left a count: what a year
// brings is how annual totals are told ("close to 3 million a year").
func spanPer(d *figures.Document, s *figures.Sentence, t int) bool {
	if t >= s.TokEnd {
		return false
	}
	if u := d.LowerTokenText(t); !timeUnit(u) || u == "year" || u == "years" {
		return false
	}
	if t+1 >= s.TokEnd || !d.Tokens[t+1].IsWord() {
		return true
	}
	switch d.LowerTokenText(t + 1) {
	case "ago", "after", "later", "into", "on", "before", "earlier", "since", "prior", "back", "or", "and", "of", "from":
		return false
	}
	return true
}

// unitAfter returns the token of a rate's unit from token t on, past a
// word that adds ("each additional day"); t itself when none.
func unitAfter(d *figures.Document, s *figures.Sentence, t int) int {
	for k := t; k < s.TokEnd && k < t+2; k++ {
		switch d.LowerTokenText(k) {
		case "additional", "extra", "further", "more", "new", "single":
			continue
		}
		return k
	}
	return t
}

// perUnit reports whether hit h is what a rate is taken per: right after
// "for each", "for every" or "per" ("three prisoners for every hostage").
// It belongs to the rate, and names what no other figure counts.
func perUnit(d *figures.Document, h hit) bool {
	if h.start < 1 {
		return false
	}
	switch d.LowerTokenText(h.start - 1) {
	case "per":
		return true
	case "each", "every":
		return h.start >= 2 && strings.EqualFold(d.TokenText(h.start-2), "for")
	}
	return false
}
