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
	// tells of it, and so is any body's act ("the county council has
	// demolished 30 homes", "the hospital has run out of fuel"): a body
	// gives an account only by its verb of counting, reporting or taking
	// in (mend38c, review38), where people at the scene speak by any.
	people, body := false, false
	for m := x; m < y; m++ {
		t := &v.toks[m]
		people = people || personNoun(t.low)
		body = body || m == y-1 && (t.has(cInstitution) || t.has(cBody) && !t.has(cForce|cGovernment))
	}
	if !people && !(body && v.accountVerb(y, ft)) || !v.toks[y].has(cBetween) && !v.isVerbLike(y) {
		return 0, 0, false
	}
	return x, y, true
}

// accountVerb reports whether the verb opening at k, past its auxiliaries
// and adverbs and before the figure at ft, is one a body gives its account
// by: a reporting or findings verb ("has registered", "recorded",
// "counted") or one of taking people in ("received", "admitted",
// "treated", "has taken in").
func (v *view) accountVerb(k, ft int) bool {
	for k < ft && v.toks[k].word && (auxWords[v.toks[k].low] || strings.HasSuffix(v.toks[k].low, "ly")) {
		k++
	}
	if k >= ft || !v.toks[k].word {
		return false
	}
	t := &v.toks[k]
	if t.report || t.finding {
		return true
	}
	for _, w := range intakeVerbs {
		if strings.HasPrefix(t.low, w) {
			return true
		}
	}
	return (t.low == "taken" || t.low == "took" || t.low == "takes") && v.isOne(k+1, wIn)
}

// auxWords are the auxiliaries and time words between a subject and its
// verb ("has now received", "had already admitted").
var auxWords = set("has have had is are was were been be being now already so far also just")

// intakeVerbs are the stems of taking people in, by which a hospital or a
// morgue counts those it took.
var intakeVerbs = []string{"receiv", "admit", "treat"}
