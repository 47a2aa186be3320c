package claimant

// A relative aside on the name that opens a clause ("The International
// Society for Fair Elections (ISFED), which deployed observers at 800
// stations, estimated Georgian Dream's share at 47 per cent") ends with a
// comma right before the clause's verb, as the clause before an inverted
// "..., said the UN" does. The verb's words after it were then read as an
// inverted source, a possessive object ("Georgian Dream's real share")
// taken for who estimated. When the aside hangs on the clause's opening
// name, that name is the verb's subject and what follows the verb its
// object; an aside on an object inside the clause ("The strikes hit Rafah,
// which holds 1.4 million people, said the UN") leaves the inversion.

// closesSubjectRelative reports whether the comma at j closes a relative
// aside (", which", ", who", ", whose") set after a noun phrase that opens
// the clause at lo (after a dateline, too) and is a name or a body.
func (v *view) closesSubjectRelative(j, lo int) bool {
	if !v.isOne(j, wComma) {
		return false
	}
	for k := j - 1; k > lo && k >= j-30; k-- {
		if !v.comma(k) {
			if v.boundary(k) {
				return false
			}
			continue
		}
		if !v.is(k+1, wWho, wWhich, wWhose) || v.toks[k+1].capital || !v.toks[k-1].word && !v.isOne(k-1, wCloseBracket) {
			return false
		}
		// ("Transparency Watch (TW), which ...": the name before its
		// short name in brackets.)
		e := k
		if b := v.shortNameOpening(k-1, lo); b > lo {
			e = b
		}
		head := v.npBefore(e, lo)
		if head >= e || head != lo && head != v.skipDateline(lo) {
			return false
		}
		return v.nameOrBody(head, e)
	}
	return false
}

// nameOrBody reports whether tokens [s, e) are a name, its words
// capitalised but for a determiner opening it and link words between its
// capitals ("The International Society for Fair Elections and Democracy
// (ISFED)"), or a phrase closed by a body's or people's noun with no verb
// in it ("the regional water authority"). "The strikes hit Rafah", read
// back as one phrase, is neither.
func (v *view) nameOrBody(s, e int) bool {
	if h := v.toks[e-1].low; e-1 >= s && v.toks[e-1].word && !v.toks[e-1].capital && (bodyNouns[h] || agentNoun(h)) {
		for m := s; m < e; m++ {
			if t := &v.toks[m]; t.word && !t.capital && v.isVerbLike(m) {
				return false
			}
		}
		return true
	}
	for m := s; m < e; m++ {
		t := &v.toks[m]
		switch {
		case !t.word || t.capital:
		case m == s && t.has(cDeterminer):
		case m > s && v.is(m, wOf, wFor, wAnd, wThe):
		default:
			return false
		}
	}
	return true
}
