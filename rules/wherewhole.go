package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Why: a "where" clause on a part's name places its figure in that part
// ("in Idlib, where the earthquake killed more than 4,500 people",
// whereNamePart), but a reporter standing in one town often gives the
// whole count there: "Rescue workers search a collapsed building in
// Hatay, where the quake toll across Türkiye and Syria has risen to
// 47,244". When the clause's own words say its count is the whole
// ("nationwide", "national", "countrywide", "combined", "both", or
// "across" two places joined), the name says where the writer stands, not
// what the figure counts. "across" one place ("across the province's
// villages") and "total" or "overall" (a town has its own total) say
// nothing of the whole.

// whereClauseWhole reports whether the tokens from to to (between "where"
// and its figure) say the clause's count is the whole.
func whereClauseWhole(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		switch w := strings.TrimSuffix(d.LowerTokenText(k), "-wide"); w {
		case "nationwide", "national", "countrywide", "country", "combined", "both":
			return true
		case "across", "throughout":
			// two places joined: "across Türkiye and Syria"
			a := compassEnd(d, k+1)
			if a >= to || !named(d, a) {
				continue
			}
			for j := a + 1; j < to && j <= a+3; j++ {
				if d.LowerTokenText(j) == "and" && j+1 < to && named(d, compassEnd(d, j+1)) {
					return true
				}
			}
		}
	}
	return false
}
