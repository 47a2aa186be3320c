package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// peopleOfUnits reports whether figure fi, which starts at token fs, follows
// "of" after a noun for people ("the commanders of two battalions", "the
// leaders of three brigades"): the sentence speaks of those people, and the
// figure only names the units they belong to. Of a metric whose unit is no
// people, that is no count of the units themselves. A metric of people
// keeps it ("the families of 300 hostages" still counts the hostages), and
// money is no unit of people ("FMF grants of $3.3bn").
// Two tokens looked at, no walk.
func (m *metric) peopleOfUnits(d *figures.Document, fs int) bool {
	if m.spec.Unit == "" || m.spec.Unit == "people" || m.spec.Kind == "money" || figures.IsCurrencyCode(m.spec.Unit) || fs < 2 || !strings.EqualFold(d.TokenText(fs-1), "of") {
		return false
	}
	w := d.TokenText(fs - 2)
	return w == strings.ToLower(w) && (claimant.AgentNoun(w) || unitPeople[w])
}

// unitPeople: the nouns for a unit's people that agentNoun leaves out.
var unitPeople = map[string]bool{"members": true, "heads": true, "chiefs": true}
