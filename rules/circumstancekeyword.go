package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword that tells what the figure's people were doing when something
// else befell them is their circumstance, not what the figure counts:
// "fewer than 300 migrants were lost while crossing the Channel" counts
// the lost, not those who crossed. The keyword is a verb in -ing right
// after "while", "whilst" or "when", after the figure and its own verb in
// one clause. It is the reverse of circumstancePart, where the keyword is
// the verb and the "while" clause narrows it to a part
// (circumstancepart.go). A bare participle ("were detected crossing the
// Channel") is the figure's own act and stays.

// keywordInCircumstance reports whether keyword hit h, after figure fi,
// opens on a verb in -ing after "while", "whilst" or "when", with at
// least one word and no clause mark between the figure and that word.
func keywordInCircumstance(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	w := d.TokenText(h.start)
	if h.start-2 <= fe || !isLowerWord(w) || len(w) <= 5 || !strings.HasSuffix(w, "ing") {
		return false
	}
	switch d.LowerTokenText(h.start - 1) {
	case "while", "whilst", "when":
	default:
		return false
	}
	// A clause mark (isClauseMark) or a bracket between: the keyword is
	// in another clause.
	for t := fe; t < h.start-1; t++ {
		if w := d.TokenText(t); isClauseMark(w) || w == "(" || w == ")" {
			return false
		}
	}
	return true
}
