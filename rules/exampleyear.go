package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// Earlier events given as examples by their years: "in previous Gaza
// wars, such as 2014, the ministry's tally of 2,251 dead held up well",
// "earlier offensives, such as 2008 and 2014, killed far fewer". A year right
// after "such as" that gives an example of a plural noun of events
// before it names an earlier event, as "the 2014 war" does (since.go).

// exampleYear reports whether the year at token ts follows "such as"
// right after a plural noun of events, perhaps past a comma.
func exampleYear(d *figures.Document, s *figures.Sentence, ts int) bool {
	word := sentenceWords(d, s)
	if word(ts-1) != "as" || word(ts-2) != "such" {
		return false
	}
	k := ts - 3
	if word(k) == "," {
		k--
	}
	switch word(k) {
	case "wars", "conflicts", "rounds", "offensives", "operations", "escalations", "campaigns", "invasions", "earthquakes", "quakes", "disasters", "floods", "famines":
		return true
	}
	return false
}
