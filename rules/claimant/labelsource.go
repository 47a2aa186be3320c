package claimant

import "strings"

// kickers are the labels an outlet sets before a headline of its own:
// "EXCLUSIVE: ...", "LIVE: ...", "FACTBOX: ...".
var kickers = set("exclusive breaking live update updates watch analysis explainer opinion video factbox timeline graphic")

// labelSource reports whether a headline's label before its colon, tokens
// [s, e), names who speaks rather than where: a body or people noun
// ("Electoral commission: ..."), a post ("Kharkiv governor: ..."), a body's
// initials ("AFAD: ...") or a name in the plural ("White Helmets: ...");
// "Rafah: ..." and "Sudan: ..." are places.
func (v *view) labelSource(s, e int) bool {
	last := &v.toks[e-1]
	if showRoles[last.low] || kickers[last.low] {
		return false // "HOST: ...", "EXCLUSIVE: ...": the outlet's own
	}
	// "Gaza civil defence: 8,000 still missing": a service heads a
	// source; "Sudan: ...", "Heatwave: ..." are a place and a topic.
	// ("Greek fire brigade:", "Southern Command:": a force's kind heads
	// one as "army" does.)
	if bodyNouns[last.low] || serviceKinds[last.low] || forceKinds[last.low] || personNoun(last.low) || last.post() || v.bodyName(s, e) {
		return true
	}
	// "Hostages Forum: 101 still held", "Gaza Health Alliance: ...": a
	// name of capitalised words closed by any kind a body's name closes
	// on (nameKind: a forum, an institute, a league), not only the kinds
	// a lower-case description has. ("Peace Campaign" is one too, so a
	// campaign's name speaks; a topic is written in lower case after its
	// place, "Rafah crossing:".)
	if e-s > 1 && last.capital && !last.shouted && last.nameKind() && v.allCapitalised(s, e) {
		return true
	}
	return e-s > 1 && last.capital && !last.shouted && strings.HasSuffix(last.low, "s") && v.allCapitalised(s, e)
}
