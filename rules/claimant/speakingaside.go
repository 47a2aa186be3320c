package claimant

import "strings"

// speakingAside reports whether the aside [a, b) beside a speaker says
// where, when or to whom she spoke: the -ing form of a verb of speech
// opening it, then a preposition ("speaking at the agency's briefing",
// "speaking after a cabinet meeting", "writing in a trade journal"). The
// occasion's owner is where she spoke, not whom she speaks for
// (claim117), as "at the briefing" before a live blog's colon is no part
// of who speaks (speakersetting.go). "speaking for the Red Cross" and
// "speaking on behalf of X" say whom, and are read as before.
func (v *view) speakingAside(a, b int) bool {
	if b-a < 3 {
		return false
	}
	t := &v.toks[a]
	if !t.word || t.capital || !t.report || !strings.HasSuffix(t.low, "ing") {
		return false
	}
	p := &v.toks[a+1]
	if !p.has(cPreposition) || v.isOne(a+1, wFor) || v.isOne(a+1, wOn) && v.toks[a+2].low == "behalf" {
		return false
	}
	return true
}

// speakingFor returns the body an aside names as the one its speaker
// speaks for: "speaking for the Red Cross Society", "speaking on behalf of
// the Cook Islands Red Cross". One who speaks for a body is that body
// (convention 1), as a spokesman for it is (claim117).
func (v *view) speakingFor(a, b int) (int, int, bool) {
	if b-a < 3 || !v.toks[a].report || v.toks[a].capital || !strings.HasSuffix(v.toks[a].low, "ing") {
		return 0, 0, false
	}
	n := a + 1
	switch {
	case v.isOne(n, wFor):
		n++
	case v.isOne(n, wOn) && n+2 < b && v.toks[n+1].low == "behalf" && v.isOne(n+2, wOf):
		n += 3
	default:
		return 0, 0, false
	}
	x, y := v.npAfter(n, b)
	if y != b || x >= y || !v.named(x, y) || v.placeOwner(x, y) {
		return 0, 0, false
	}
	return x, y, true
}
