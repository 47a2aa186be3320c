package claimant

// A reporter's verb that relays the account of people named in its
// complement ("Our correspondent says staff there have received 27 bodies").

import "strings"

// journalists are those who relay others' accounts: a programme's roles
// and the press.
var journalists = set("anchor host reporter correspondent presenter newsreader newscaster journalist producer stringer")

// relayed reads a reporter's verb whose complement opens with people and
// their verb before the figure: "Our correspondent says staff there have
// received 27 bodies" is the staff's account. It returns the people's
// words.
func (v *view) relayed(a attr, ft int) (int, int, bool) {
	if a.kind != kVerb || a.back || a.anchor < a.src {
		return 0, 0, false
	}
	// A journalist relays; so does whoever "reported" what people at the
	// scene did ("AP reported that nurses had treated 90 children").
	relay := strings.HasPrefix(v.toks[a.anchor].low, "report")
	for k := a.src; k < a.srcEnd; k++ {
		relay = relay || v.toks[k].has(cJournalist)
	}
	if !relay {
		return 0, 0, false
	}
	k := a.anchor + 1
	if v.isOne(k, wThat) {
		k++
	}
	x, y := v.npAfter(k, ft)
	if y <= x || y >= ft || !personNoun(v.toks[x].low) && !v.is(x, wA, wAn, wThe) && !v.toks[x].capital {
		return 0, 0, false
	}
	// "Our correspondent says the district hospital has received 14
	// bodies", "Our reporter says Nasser hospital has taken in 40": a
	// body at the scene (an institution, a body's kind closing its name)
	// gives its account as people there do (claim110). A force's or a
	// government's act ("the army has killed 14") is what the reporter
	// tells of it.
	people := false
	for m := x; m < y; m++ {
		t := &v.toks[m]
		people = people || personNoun(t.low) || m == y-1 && (t.has(cInstitution) || t.has(cBody) && !t.has(cForce|cGovernment))
	}
	if !people || !v.toks[y].has(cBetween) && !v.isVerbLike(y) {
		return 0, 0, false
	}
	return x, y, true
}
