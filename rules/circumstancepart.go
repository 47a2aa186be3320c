package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// circumstancePart reports whether keyword hit h is followed straight
// away by "while" or "when" and a verb in -ing: the figure counts only
// those the keyword befell doing that ("More than 1,000 Palestinians have
// been killed while trying to reach food", "killed when queuing for
// bread"), a part of a running total, not the total. "while" or "when"
// before a subject opens another clause and keeps the figure ("killed
// more than 40,000, while Israel holds ...").
//
// A headline, and tight copy, leaves the "while" out after a verb of
// death in the past: "1,000-plus Gazans killed seeking food", "died
// queuing for bread" (bareCircumstance).
func circumstancePart(d *figures.Document, s *figures.Sentence, h hit) bool {
	k := h.end
	if k >= s.TokEnd || !d.Tokens[k].IsWord() {
		return false
	}
	switch d.LowerTokenText(k) {
	case "while", "when", "whilst":
	default:
		return bareCircumstance(d, s, h)
	}
	if k+1 >= s.TokEnd || !d.Tokens[k+1].IsWord() {
		return false
	}
	w := d.LowerTokenText(k + 1)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "during"
}

// bareCircumstance reports whether keyword hit h ends on "killed" or
// "died" and a lower-case verb in -ing follows it with no mark between:
// "killed seeking food", "died queuing for bread". The words in -ing that
// frame a figure rather than say what its people were doing (a
// preposition: "during", "including", "according"; a pronoun: "something
// like") are none, and so is a verb that opens a figure as its qualifier
// ("killed approaching 39,000").
func bareCircumstance(d *figures.Document, s *figures.Sentence, h hit) bool {
	switch d.LowerTokenText(h.end - 1) {
	case "killed", "died":
	default:
		return false
	}
	w := d.TokenText(h.end)
	if len(w) <= 5 || !strings.HasSuffix(w, "ing") || !isLowerWord(w) || figureAt(d, h.end) >= 0 {
		return false // "the toll of those killed approaching 39,000" sets a figure against a mark
	}
	switch w {
	case "during", "including", "according", "following", "excluding", "regarding", "concerning", "pending",
		"something", "nothing", "anything", "everything", "notwithstanding":
		return false
	}
	return true
}
