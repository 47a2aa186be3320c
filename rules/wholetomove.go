package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A move planned, feared or ordered for a place's whole crowd names that
// crowd by the definite article: "Any evacuation of the 1.4m people
// sheltering in Rafah would need weeks", "the army has ordered the
// evacuation of the roughly 1.3 million people in Rafah", "plans to
// evacuate the 1.3 million sheltering there". The crowd is in the place
// now, and the figure is its count. A number the move takes, with no
// article ("The evacuation of 450,000 people from Rafah began"), a part
// ("300,000 of the people"), and a move done ("Troops have evacuated
// ...") still move people out (whole_to_move.yaml).

// wholeToMove reports whether evacuation keyword hit h is the noun
// "evacuation" with "of the" after it, or the verb "evacuate" or
// "evacuating" with "the" after it, and the figure starting at token fs
// follows that "the" ("the roughly 1.4 million": the hedge is the
// figure's own). A text may end anywhere after the keyword (a cut text):
// every token read past it is checked to be there.
func wholeToMove(d *figures.Document, h hit, fs int) bool {
	last := d.LowerTokenText(h.end - 1)
	k := h.end
	switch {
	case strings.HasPrefix(last, "evacuation"):
		if k >= len(d.Tokens) || d.LowerTokenText(k) != "of" {
			return false
		}
		k++
	case last == "evacuate" || last == "evacuating":
	default:
		return false
	}
	return k < len(d.Tokens) && d.LowerTokenText(k) == "the" && fs == k+1
}
