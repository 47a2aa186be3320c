package claimant

// "China's foreign ministry criticised Washington's new tariffs, which it
// said would hit $18 billion of exports", "The union attacked the plan,
// which it said would cut 400 jobs": a pronoun subject of a verb of claim
// in a relative clause on the main verb's object takes up the sentence's
// subject, who acts on the object and says, in the clause, what the
// object will do. It is read as a contact clause's pronoun is ("the four
// battalions it says remain", pick.go): the subject must be a name or a
// body by its kind after "the", with its own verb after it; "he" and "she"
// take up only a person's name.

// relativePronounSubject returns the sentence's subject that the pronoun
// source of a, after "which" or "that", takes up.
func (c *call) relativePronounSubject(v *view, a attr) (attr, bool) {
	p := a.src
	if a.back || p < 3 || !v.is(p, wIt, wThey, wHe, wShe) || !v.is(p-1, wWhich, wThat) || !v.comma(p-2) {
		return attr{}, false
	}
	x, y := v.npAfter(v.skipDateline(0), p)
	// ("Israel argues that": a verb in -s the phrase ran on into.)
	if y-1 > x && v.verbAfterSubject(y-1, p) {
		y--
	}
	if y <= x || y >= p-2 || v.toks[x].has(cPronoun) || c.commonOpening(v, x, y) || v.anyPreposition(x, y) {
		return attr{}, false
	}
	if v.is(p, wHe, wShe) {
		if !v.personName(x, y) {
			return attr{}, false
		}
	} else if !v.named(x, y) && !v.definite(x, y) {
		return attr{}, false
	}
	// "The ministry on Tuesday criticised": a day between the subject and
	// its verb.
	z := y
	if v.isOne(z, wOn) && z+1 < p && v.toks[z+1].has(cDay) {
		z += 2
	}
	if !v.verbAfterSubject(z, p) {
		return attr{}, false
	}
	return attr{src: x, srcEnd: y, anchor: a.anchor}, true
}
