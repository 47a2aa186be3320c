package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/claimant"
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A capital that owns a noun of a state's organs or its dealings stands for
// the country's government, not for the city: "With civilian deaths
// verified by the UN now north of 12,000, Kyiv's allies face pressure",
// "Kyiv's request for more air defence", "Damascus's forces", "Kyiv's
// foreign ministry", "Kyiv's western allies", "Kyiv's troops", "Kyiv's
// counteroffensive". It places no figure in the city, as a capital opening
// a headline's label does not (capitalLabel); "Kyiv's residents", "Kyiv's
// dead", "Kyiv's hospitals", "Kyiv's mayor" and "Kyiv's city council"
// still speak of the city.
//
// The owned phrase is read by its head, past up to two lower-case
// modifiers ("western", "foreign", "top military"), and the head by word
// classes the engine already has: the claimant finder's organs of a state
// (claimant.StateOrganNoun: governments, bodies, public offices, armed
// forces), combatants (combatantNoun), military operations (operationNoun,
// with a "counter-" prefix), and the closed class of a state's dealings
// with other states (stateDealingNoun), which no other class holds.

// capitalOwnedHeads is how many lower-case modifiers may stand between a
// capital's 's and the head noun it owns, plus the head itself.
const capitalOwnedHeads = 3

// capitalGovernment reports whether exclude_near hit h is the name of a
// capital of names/within.yaml owning, with 's, a noun phrase headed by a
// noun of a state.
func capitalGovernment(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.end+2 >= s.TokEnd || !ownerMark(d, h.end) || !ownedByState(d, s, h.end+2) {
		return false
	}
	for _, r := range regions() {
		if namedPlaceAt(d, s, h.start, r.capital) {
			return true
		}
	}
	return false
}

// ownedByState reports whether the lower-case phrase opening at token k
// (after an owner's 's) is headed by a noun of a state: its last lower-case
// word of at most capitalOwnedHeads, whose modifiers do not make it the
// city's own ("city council", "municipal authorities").
func ownedByState(d *figures.Document, s *figures.Sentence, k int) bool {
	for j := k; j < s.TokEnd && j < k+capitalOwnedHeads; j++ {
		if !isLowerWord(d.TokenText(j)) {
			return false
		}
		w := d.LowerTokenText(j)
		if cityLevel(w) {
			return false
		}
		if stateHead(w) {
			return true
		}
	}
	return false
}

// stateHead reports whether lower-case w names an organ of a state, its
// fighters or operations, or its dealings with other states.
func stateHead(w string) bool {
	if localOffice(w) || w == "population" {
		// A mayor and a governor hold the city's or the province's own
		// office; eventNoun holds a place's population, the city's own.
		return false
	}
	return claimant.StateOrganNoun(w) || combatantNoun(w) || stateDealingNoun(w) ||
		operationNoun(strings.TrimPrefix(w, "counter"))
}

// localOffice reports whether lower-case w, either number, is an office
// of a city's or a province's own government.
func localOffice(w string) bool {
	w = singular(w)
	return w == "mayor" || w == "governor"
}

// cityLevel reports whether lower-case w, modifying an organ, makes it
// the city's own: "city council", "municipal authorities", "local
// officials", "regional administration".
func cityLevel(w string) bool {
	return placeNoun(w) || w == "municipal" || w == "local" || w == "regional"
}

// stateDealingNoun reports whether lower-case w names a state's people or
// acts in its relations with other states, or its leadership as a whole.
func stateDealingNoun(w string) bool {
	switch w {
	case "leadership", "leaders", "officials", "diplomats", "diplomacy", "ambassador", "ambassadors",
		"negotiators", "military", "allies", "partners", "backers", "sponsors", "friends", "enemies",
		"request", "requests", "appeal", "appeals", "plea", "pleas", "demands",
		"position", "stance", "policy", "strategy":
		return true
	}
	return false
}
