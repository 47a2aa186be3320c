package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A mark not yet reached, in a fronted clause of time or condition whose
// main clause looks ahead: "When the ministry's figure climbs to 70,000,
// and it will, we will be told ...", "Once the toll passes 50,000, the
// pressure will ...", "If deaths reach 40,000, aid groups warn, the
// world will ...". The clause's verb of level is in the present (a time
// to come, in such a clause), and the main clause holds a modal of what is
// to come. A mark that was passed ("When the toll passed 40,000 in
// August, the UN said ...") is a past reading, and is read elsewhere.
//
// A condition told by inversion is the same "if" without its word: "Should
// the toll pass 60,000, ...", "Were the count ever to reach 80,000, would
// anything change?" (invertedCondition). A past "Had the toll ..." is a
// counterfactual's (counterfactual.go).

// futureWhen returns the token that opens such a clause around figure fi
// of sentence s, or -1.
func futureWhen(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	k := afterStamp(d, s)
	if k+1 < s.TokEnd && named(d, k) && d.TokenText(k+1) == ":" {
		k += 2 // a speaker's label: "ANALYST:"
	}
	if k >= fs {
		return -1
	}
	switch d.LowerTokenText(k) {
	case "when", "once", "if", "until", "before", "whenever":
	case "should", "were":
		if !invertedCondition(d, k, fs) {
			return -1
		}
	default:
		return -1
	}
	comma := -1
	for t := k + 1; t < s.TokEnd; t++ {
		switch d.TokenText(t) {
		case ",":
			comma = t
		case ";", ":", "—", "–", "(", ")":
			return -1
		}
		if comma >= 0 {
			break
		}
	}
	if comma < fe || !presentLevelVerb(d, k+1, fs) {
		return -1
	}
	for t := comma + 1; t < s.TokEnd; t++ {
		if w := d.LowerTokenText(t); comingModal(w) && w != "may" || w == "ll" {
			return k
		}
	}
	return -1
}

// presentLevelVerb reports whether the word right before token fs (past
// "to", "past" or "above"), or the figure's own first word ("passes
// 50,000"), is a verb of level in the present, after token from:
// "reaches", "climbs to", "passes", "top". A past form ("reached",
// "passed") dates a mark passed.
func presentLevelVerb(d *figures.Document, from, fs int) bool {
	if d.Tokens[fs].IsWord() && presentLevelForm(d.LowerTokenText(fs)) {
		return true
	}
	k := fs - 1
	switch d.LowerTokenText(max(k, 0)) {
	case "to", "past", "above", "beyond":
		k--
	}
	return k >= from && presentLevelForm(d.LowerTokenText(k))
}

// presentLevelForm reports whether lower-cased w is a verb of level in the
// present: its base form or its third person ("reach", "reaches").
func presentLevelForm(w string) bool {
	if figures.IsBoundVerb(w) {
		return true
	}
	for _, suf := range [...]string{"es", "s"} {
		if b, ok := strings.CutSuffix(w, suf); ok && len(b) >= 2 && figures.IsBoundVerb(b) {
			return true
		}
	}
	return false
}

// invertedCondition reports whether "should" or "were" at token k, which
// opens its sentence, opens a condition by inversion before the figure at
// token fs: its subject starts right after it (a determiner, "its", or a
// name such as "Gaza's"), and "were" puts "to" and a verb before the
// figure ("Were the toll ever to reach"). "Were the same proportion of
// Americans killed" is hypothetical.go's thought experiment.
func invertedCondition(d *figures.Document, k, fs int) bool {
	next := d.LowerTokenText(k + 1)
	if !determiner(next) && !demonstrative(next) && !named(d, k+1) {
		return false
	}
	if d.LowerTokenText(k) == "should" {
		return true
	}
	for t := k + 2; t < fs; t++ {
		if d.LowerTokenText(t) == "to" {
			return true
		}
	}
	return false
}
