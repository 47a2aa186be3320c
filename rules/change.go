package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// changeSpanWords counts the words of the change that stands between a
// verb of change and the total after it: in "had risen by 112 in the past
// 24 hours to 33,091", "by 112 in the past 24 hours" says how much and how
// fast the count moved, not how far the total stands from its keyword.
// The figure starting at token fs must follow "to" (perhaps ", to"); the
// span runs back from "to" to a "by" whose figure changeBy reads as a
// change, with no other count, semicolon or sentence end between (a
// period of time, "24 hours", is no count).
func changeSpanWords(d *figures.Document, fs int) int {
	to := fs - 1
	if to < 2 || !d.Tokens[to].IsWord() {
		return 0
	}
	var buf [64]byte
	if string(lowerInto(&buf, d.TokenText(to))) != "to" {
		return 0
	}
	const maxSpan = 12
	for t := to - 1; t > 0 && d.WordPos(to)-d.WordPos(t) <= maxSpan; t-- {
		switch d.TokenText(t) {
		case ";", ".", ":":
			return 0
		}
		fj := figureAt(d, t)
		if fj < 0 || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		js, je := d.FigureTokens(fj)
		if changeBy(d, fj) {
			by := js - 1
			if string(lowerInto(&buf, d.TokenText(by))) != "by" {
				by-- // "by another 2,000"
			}
			return d.WordPos(to) - d.WordPos(by)
		}
		if je < len(d.Tokens) && timeUnit(string(lowerInto(&buf, d.TokenText(je)))) {
			t = js
			continue
		}
		return 0
	}
	return 0
}

// timeUnit reports whether w names a span of time: a figure before it
// ("24 hours") says when, not how many.
func timeUnit(w string) bool {
	switch w {
	case "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years":
		return true
	}
	return false
}
