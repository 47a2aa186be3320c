package rules

import (
	"strings"

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
	// An infinitive of reaching between "to" and the level: "to reach
	// 10.9 million", "to stand at 41,788" (change_by_to_reach.yaml).
	reaching := reachingInfinitive(d, to)
	to -= reaching
	if to < 2 || d.LowerTokenText(to) != "to" {
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
			if d.LowerTokenText(by) != "by" {
				by-- // "by another 2,000"
			}
			return d.WordPos(to) - d.WordPos(by) + reaching
		}
		if je < len(d.Tokens) && timeUnit(d.LowerTokenText(je)) {
			t = js
			continue
		}
		return 0
	}
	return 0
}

// reachingInfinitive returns how many words of an infinitive of reaching
// end at token k, right before a level, after their "to": 1 for "reach",
// "hit", "top", "pass", "exceed" or "surpass", 2 for "stand at"; 0 for
// none, or when no "to" stands before them.
func reachingInfinitive(d *figures.Document, k int) int {
	n := 0
	switch d.LowerTokenText(k) {
	case "reach", "hit", "top", "pass", "exceed", "surpass":
		n = 1
	case "at":
		if k >= 1 && d.LowerTokenText(k-1) == "stand" {
			n = 2
		}
	}
	if n == 0 || k-n < 0 || d.LowerTokenText(k-n) != "to" {
		return 0
	}
	return n
}

// timeUnit reports whether w names a span of time: a figure before it
// ("24 hours") says when, not how many.
func timeUnit(w string) bool {
	switch w {
	case "hour", "hours", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year", "years":
		return true
	}
	return false
}

// takingWords is how many words may stand between a verb that carries a
// count to a new mark and the "to" before the mark (takingTotal,
// carriedIncrement).
const takingWords = 12

// takingTotal returns the token of the verb that makes the figure starting
// at token fs a running total, or -1: "taking the number displaced since
// the war began to 8.6m", "which takes the total to around eleven
// million", "raising the overall toll since the invasion to 10,582". The
// figure follows "to"; before it, at most takingWords words with no comma
// or other count, stands a verb that carries a count to a new mark and
// its object, a total (total, toll, number, tally, count, figure). That
// total is the total of what the sentence counts: its keywords before the
// verb name the figure, and its exclude_near words there speak of the
// change that made it.
func takingTotal(d *figures.Document, fs int) int {
	to := fs - 1
	if to < 2 || d.LowerTokenText(to) != "to" {
		return -1
	}
	head := false
	for t := to - 1; t > 0 && d.WordPos(to)-d.WordPos(t) <= takingWords; t-- {
		if !d.Tokens[t].IsWord() && d.TokenText(t) != "'" && d.TokenText(t) != "’" {
			if fj := figureAt(d, t); fj < 0 || d.Figures[fj].Kind.IsAmount() {
				return -1
			}
			continue
		}
		if fj := figureAt(d, t); fj >= 0 {
			if d.Figures[fj].Kind.IsAmount() {
				return -1
			}
			continue // a date: "since Oct. 7"
		}
		switch w := d.LowerTokenText(t); {
		case tallyNoun(w) || w == "figure" || w == "totals" || w == "tolls":
			head = true
		case countMovingVerb(w):
			if head {
				return t
			}
			return -1
		}
	}
	return -1
}

// increment reports whether figure fi is how many were added to a count,
// not the count: "another 600,000", "a further 90,000", "added 1,852",
// "40,000 more in Sindh" (but not "more than").
func increment(d *figures.Document, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	if fs >= 1 {
		switch d.LowerTokenText(fs - 1) {
		case "another":
			return true
		case "added", "adds", "adding":
			// "The ministry added 1,852 previously unregistered deaths
			// to its records", unless what was said: "she said, adding
			// 47,000 have died" (speechparticiple.go), where "more"
			// after the figure may still make it a sum ("2,000 more").
			if !saidByAdding(d, fs-1, fi) {
				return true
			}
		case "further", "additional":
			return fs >= 2 && (strings.EqualFold(d.TokenText(fs-2), "a") || strings.EqualFold(d.TokenText(fs-2), "an"))
		}
	}
	// (A prefix compared without case, not the text lowered: "another "
	// holds no letter that another script's folds to, so the two agree.)
	if t := d.Figures[fi].Text; len(t) >= len("another ") && strings.EqualFold(t[:len("another ")], "another ") {
		return true
	}
	if fe+1 < len(d.Tokens) && d.LowerTokenText(fe) == "more" {
		// "more or less" after a figure is a hedge, not an addition.
		lessAfter := fe+2 < len(d.Tokens) && strings.EqualFold(d.TokenText(fe+1), "or") && strings.EqualFold(d.TokenText(fe+2), "less")
		return !strings.EqualFold(d.TokenText(fe+1), "than") && !lessAfter
	}
	return false
}
