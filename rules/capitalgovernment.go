package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A capital that owns a noun of a state's organs or its dealings stands for
// the country's government, not for the city: "With civilian deaths
// verified by the UN now north of 12,000, Kyiv's allies face pressure",
// "Kyiv's request for more air defence", "Damascus's forces". It places
// no figure in the city, as a capital opening a headline's label does not
// (capitalLabel); "Kyiv's residents", "Kyiv's dead" and "Kyiv's hospitals"
// still speak of the city. The nouns are a closed class of English: the
// organs a state acts through, and the people and acts of its relations
// with other states.

// stateNoun reports whether lower-case w names an organ of a state or its
// dealings with others.
func stateNoun(w string) bool {
	switch w {
	case "government", "governments", "leadership", "leaders", "officials", "ministers",
		"diplomats", "diplomacy", "envoy", "envoys", "negotiators", "military", "army",
		"forces", "allies", "partners", "backers", "sponsors", "friends", "enemies",
		"request", "requests", "appeal", "appeals", "plea", "pleas", "demands",
		"position", "stance", "policy", "strategy":
		return true
	}
	return false
}

// capitalGovernment reports whether exclude_near hit h is the name of a
// capital of names/within.yaml owning, with 's, a stateNoun.
func capitalGovernment(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.end+2 >= s.TokEnd || !ownerMark(d, h.end) || !isLowerWord(d.TokenText(h.end+2)) || !stateNoun(d.LowerTokenText(h.end+2)) {
		return false
	}
	for _, r := range regions() {
		if namedPlaceAt(d, s, h.start, r.capital) {
			return true
		}
	}
	return false
}
