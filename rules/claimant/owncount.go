package claimant

import "strings"

// ownCounters reports whether [s, e) is "Our reporters" or "my
// colleagues" with nothing after, people of the outlet in the plural who
// (the caller checks) counted the figure themselves: "Our reporters
// counted 64 graves" is the outlet's own finding as much as "Our
// reporters in Deir al-Balah counted" is. One reporter ("Our reporter
// counted") keeps her phrase, as a witness does.
// A team or a crew is people in the plural too: "Our team has counted 14
// funeral processions".
func (v *view) ownCounters(s, e int) bool {
	return e == s+2 && (strings.HasSuffix(v.toks[s+1].low, "s") || v.toks[s+1].has(cGroupNoun) || v.toks[s+1].low == "crew")
}

// countsAfter reports whether a form of "count" follows token e, past an
// auxiliary of the perfect: "counted", "have counted", "has counted"; or
// in a relative clause after a comma, ", who have counted".
func (v *view) countsAfter(e int) bool {
	// "Our correspondents in Gaza, who have counted the graves, say":
	// the counting told in a relative clause in commas.
	if v.isOne(e, wComma) && v.isOne(e+1, wWho) {
		e += 2
	}
	if v.is(e, wHas, wHave, wHad) {
		e++
	}
	return e < len(v.toks) && strings.HasPrefix(v.toks[e].low, "count")
}

// ownPeople reports whether w, after "our", names an outlet's own people
// at work: its reporters and crews, or anyone named by the work they do
// for it ("Our producer in Rafah counted nine trucks", "our photographer
// at the crossing", "our stringers in El Fasher"), who count for the
// outlet as its reporters do.
func ownPeople(w string) bool {
	return ownReporters[w] || agentNoun(w) || agentNoun(w+"s")
}
