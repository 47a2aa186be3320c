package rules

import (
	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A scope word that names a body a state acts through (a coastguard, a
// navy, police, a ministry) names who acted, not what happened: after a
// demonym or a country's name ("the Italian coastguard rescued 412",
// "Greek police said 60 arrived", "Malta's armed forces picked up 95") it
// says whose body it is, not that the figure is another place's event, as
// "the Moroccan quake" does. The body is read by the claimant finder's
// word classes (claimant.StateOrganNoun, claimant.ServiceNoun), so no
// event noun ("quake", "shipwreck", "dead") is one.

// actingBody reports whether the scope phrase whose last word is token
// last ends in such a body's noun, written in lower case (a capitalised
// one may open another thing's name).
func actingBody(d *figures.Document, last int) bool {
	w := d.TokenText(last)
	return isLowerWord(w) && (claimant.StateOrganNoun(w) || claimant.ServiceNoun(w))
}
