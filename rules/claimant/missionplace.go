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
// abroad by its kind: the name closes on "Embassy" or "Consulate", on
// "High Commission" or "Consulate General", or the kind opens it before
// "of" and its state ("the Embassy of Japan": mend44c).
func (v *view) missionName(s, e int) bool {
	if e-s < 1 {
		return false
	}
	if e-s >= 2 && v.isOne(e-1, wGeneral) && v.toks[e-2].low == "consulate" {
		e--
	}
	for k := s; k+2 < e; k++ {
		if t := &v.toks[k]; t.word && t.capital && missionKinds[t.low] && v.isOne(k+1, wOf) && v.capitalisedWords(k+2, e, true) {
			return t.low != "commission" || k > s && v.toks[k-1].low == "high"
		}
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
