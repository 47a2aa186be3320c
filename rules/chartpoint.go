package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
	"github.com/claimtrack/claimtrack/rules/internal/wordform"
)

// A chart's caption names its series and then, after a semicolon, the
// value of its latest point: "Chart: civilian deaths verified by the UN
// in Ukraine, cumulative since February 2022; the latest point, for
// August, is 11,743", "the final bar, for March 20, shows 52,800", "its
// last bar stands at 12,910". The point stands for the count the caption
// names as "the figure" does in a later clause (clausecount.go), the time
// it is read at set off by commas between it and its verb. Only the
// latest point is the count's value now: the first, or the tallest, is an
// earlier reading or a peak.

// chartPointAside is how many tokens the time set off by commas after a
// chart's point may hold: ", for the end of April,".
const chartPointAside = 8

// chartPointValue reports whether the tokens [k, fs) are "the" (or an
// owner's pronoun), a word of the latest, a chart's point and words of
// value up to the figure at fs, with perhaps a time between commas before
// them: "the latest point, for August, is", "the most recent data point,
// June 2025, reads", "the final bar shows".
func chartPointValue(d *figures.Document, k, fs int) bool {
	if !countDeterminer(d.LowerTokenText(k)) {
		return false
	}
	k++
	switch d.LowerTokenText(k) {
	case "latest", "last", "final", "newest", "rightmost":
		k++
	case "most":
		if d.LowerTokenText(k+1) != "recent" {
			return false
		}
		k += 2
	default:
		return false
	}
	if d.LowerTokenText(k) == "data" {
		k++
	}
	if !chartPointNoun(d.LowerTokenText(k)) {
		return false
	}
	k++
	if k < fs && d.TokenText(k) == "," {
		end := k + 1
		for end < fs && end <= k+chartPointAside && d.TokenText(end) != "," {
			if fi := figureAt(d, end); fi >= 0 && !dateKind(d.Figures[fi].Kind) {
				return false // another amount, not a time
			}
			end++
		}
		if end >= fs || d.TokenText(end) != "," {
			return false
		}
		k = end + 1
	}
	if k+1 == fs && chartShowVerb(d.LowerTokenText(k)) {
		return true // "shows 52,800"
	}
	return k < fs && valueWordsTo(d, k, fs)
}

// chartPointNoun reports whether lower-cased w names a chart's point: a
// "point", "bar", "column" or "dot".
func chartPointNoun(w string) bool {
	switch w {
	case "point", "bar", "column", "dot":
		return true
	}
	return false
}

// chartShowVerbs are what a chart's point does with its value, in the
// present or the past: "shows", "showed", "reads", "marks", "marked".
var chartShowVerbs = wordform.Inflect([]wordform.Verb{{Base: "show"}, {Base: "read", Past: "read"}, {Base: "mark"}})

// chartShowVerb reports whether lower-cased w is a finite form of
// chartShowVerbs, or "show" or "read" after a plural point ("the last
// bars show").
func chartShowVerb(w string) bool {
	return chartShowVerbs[w] == wordform.Finite || w == "show" || w == "read"
}
