package claimant

// A state's mission abroad is a kind of body, capitals or not: every
// country keeps an embassy in many capitals, and only the place after it
// says which one speaks ("the Thai Embassy in Doha", "the British High
// Commission in Kuala Lumpur"), as with a ministry named by its kind
// (README convention 8, which keeps such a ministry's place). apposition.go's bodyNouns already read the lower-case kind
// ("the consulate in Jeddah") as a generic body that keeps its place.

// missionKinds close the name of a state's mission abroad.
var missionKinds = set("embassy consulate commission")

// missionName reports whether tokens [s, e) name a state's mission
// abroad by its kind: the name closes on "Embassy" or "Consulate", or on
// "High Commission".
func (v *view) missionName(s, e int) bool {
	if e-s < 1 {
		return false
	}
	last := &v.toks[e-1]
	if !last.word || !missionKinds[last.low] {
		return false
	}
	if last.low == "commission" {
		return e-2 >= s && v.toks[e-2].low == "high"
	}
	return true
}
