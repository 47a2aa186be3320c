package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A people's name that is one of the metric's scope words, placed "in" a
// foreign city or country, names where those people live, a diaspora,
// not the place of another event: "Sudanese in Kampala say relatives are
// among the 12.5 million people the war has displaced", "Syrians in
// Berlin held a vigil for the 50,000 killed". otherEvent passes over it:
// it neither places the event abroad nor at home, and the sentence's
// other scope words decide ("Syrians in Berlin held a vigil after the
// quake in Morocco killed 2,900" is still Morocco's quake).

// diaspora reports whether the scope word at token ti of sentence s is a
// people's name ("Sudanese", "Syrians") that "in" and a foreign place
// follow.
func (m *metric) diaspora(d *figures.Document, s *figures.Sentence, ti int) bool {
	return peopleName(d.TokenText(ti)) && ti+1 < s.TokEnd && d.LowerTokenText(ti+1) == "in" && m.placedAfter(d, s, ti, false)
}

// peopleName reports whether w is shaped like a demonym naming a people,
// singular or plural: "Sudanese", "Syrian", "Syrians", "Ukrainians".
func peopleName(w string) bool {
	return demonymShape(w) || len(w) > 5 && strings.HasSuffix(w, "s") && demonymShape(w[:len(w)-1])
}
