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
func circumstancePart(d *figures.Document, s *figures.Sentence, h hit) bool {
	k := h.end
	if k+1 >= s.TokEnd || !d.Tokens[k].IsWord() || !d.Tokens[k+1].IsWord() {
		return false
	}
	switch d.LowerTokenText(k) {
	case "while", "when", "whilst":
	default:
		return false
	}
	w := d.LowerTokenText(k + 1)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "during"
}
