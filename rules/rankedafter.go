package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A rank names the earlier events it stands behind after "after" or
// "behind": "At more than 55,000 dead, the quakes rank as the
// fifth-deadliest of the century, after the 2004 Indian Ocean tsunami and
// the Haiti ... earthquakes", "the worst of any quake in Europe in a
// century, after only the 1908 Messina earthquake". Those events are the
// yardsticks of the rank, as the term of "than" is: their years date
// nothing the sentence counts (comparedAt, since.go). With no rank before
// it, "after the 1999 Izmit earthquake" dates what the sentence tells.

// rankWords is how many words back from "after" a rank may stand.
const rankWords = 12

// rankedAfter reports whether token k is an "after" or a "behind" that a
// superlative stands before in the same stretch (a comma right before
// "after" is the rank's own).
func rankedAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	switch d.LowerTokenText(k) {
	case "after", "behind":
	default:
		return false
	}
	if k > s.TokStart && d.TokenText(k-1) == "," {
		k--
	}
	for t := k - 1; t >= s.TokStart && t >= k-rankWords; t-- {
		if stretchMark(d, t) {
			return false
		}
		if w := d.LowerTokenText(t); w == "worst" || isLowerWord(d.TokenText(t)) && len(w) > 5 && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "west") {
			return true // "deadliest", "largest", "worst"
		}
	}
	return false
}
