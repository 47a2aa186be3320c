package claimant

// A passive's agent after "by" is not always next to its verb. Court,
// inquiry and trade copy set a day or the hearer between them: "was put at
// 412,000 on Thursday by the IOM", "the inquiry was told on Tuesday by
// Angela Dunmore", "That number was confirmed to the inquiry by the medical
// director"; and its agent may be people of a named body with no article:
// "I'm told by staff at Al-Awda hospital that", "as estimated by
// demographers at the Max Planck Institute". A verb of telling whose
// subject is its hearer ("the court was told by X") says what X told the
// court: after a comma, it reaches back over the clause before as ", X
// told the court" does.

// byAfterGap returns the "by" at or after token k past a short phrase of
// when ("on Thursday", "last week": pastWhen) and a hearer after "to" ("to
// the inquiry", "to reporters"), in either order; k when no "by" follows
// them.
func (v *view) byAfterGap(k, hi int) int {
	if v.isOne(k, wBy) {
		return k
	}
	n := k
	for pass := 0; pass < 2 && n < hi; pass++ {
		if m := v.pastWhen(n, hi); m > n && v.isOne(m, wBy) {
			return m
		}
		if m, ok := v.hearerAfter(n, hi); ok {
			if v.isOne(m, wBy) {
				return m
			}
			n = m
			continue
		}
		// a phrase of when closing before the hearer: "on Tuesday to MPs by"
		m := n
		for m < hi && m <= n+2 && v.toks[m].word && (v.toks[m].has(cTimeNoun|cTimeHead|cTimeWord|cDay) || v.is(m, wLast, wOn, wThis, wEarlier, wEarly)) {
			m++
		}
		if m == n {
			break
		}
		n = m
	}
	return k
}

// hearerAfter reads a hearer after "to" at token k: "to the inquiry", "to
// reporters", "to MPs", "to the Ledger": "to", perhaps a determiner, and
// one or two words that are no number, time or verb of claim (people
// who report are hearers: "to reporters"). It returns
// the token after the hearer.
func (v *view) hearerAfter(k, hi int) (int, bool) {
	if !v.isOne(k, wTo) {
		return k, false
	}
	n := k + 1
	if n < hi && v.toks[n].has(cDeterminer) && !v.toks[n].has(cQuantifier) {
		n++
	}
	m := n
	for m < hi && m < n+2 && v.toks[m].word && !v.toks[m].num && !v.toks[m].fig && (!v.toks[m].report || agentNoun(v.toks[m].low)) && !v.toks[m].has(cTimeNoun|cDay|cPreposition) {
		m++
	}
	return m, m > n
}

// peopleOfNamedAgent reports whether the agent phrase at token a opens on
// people of a body in the plural with no article, and a named body after
// "at", "from" or "with": "staff at Al-Awda hospital", "demographers at
// the Max Planck Institute".
func (v *view) peopleOfNamedAgent(a, hi int) bool {
	t := &v.toks[a]
	if !t.word || t.capital || !(t.has(cPeopleAt) || t.scholars()) || a+2 >= hi || !v.is(a+1, wAt, wFrom, wWith) {
		return false
	}
	n := a + 2
	if v.toks[n].has(cDeterminer) {
		n++
	}
	return n < hi && v.toks[n].word && v.toks[n].capital
}

// audiencePassiveBack reports whether the passive verb of telling at i,
// whose agent ends at b, reaches back over the clause before its subject:
// "Some 40 people died, the court was told by Dr Ann Lee", "“...,” the
// inquiry was told on Tuesday by Angela Dunmore". Its subject, the hearer,
// is a short phrase after a comma or a closing quotation mark, and the
// agent ends the sentence's clause.
func (v *view) audiencePassiveBack(i, lo, b, hi int) bool {
	if !v.is(i, wTold) || !v.is(i-1, wWas, wWere, wIs, wAre, wBeen) {
		return false
	}
	k := i - 2
	if v.isOne(k, wHas) || v.isOne(k, wHave) || v.isOne(k, wHad) {
		k--
	}
	for m := k; m >= lo && m > k-4; m-- {
		if v.boundary(m) || v.isOne(m, wQuote) {
			return m < k && (v.isOne(m, wComma) || v.isOne(m, wQuote)) && m > lo && v.boundaryEnd(b, hi)
		}
		if !v.toks[m].word || v.toks[m].report {
			return false
		}
	}
	return false
}

// boundaryEnd reports whether the agent ending at token b closes its
// clause: the sentence ends, or a comma opens an aside about the agent.
func (v *view) boundaryEnd(b, hi int) bool {
	return b >= hi || v.boundary(b) || v.isOne(b, wFullStop)
}

// postOfAgent reports whether the agent [s, e) is a post "of" where or
// what it is held for: "the governor of the West region", "the mayor of
// Dschang". Its holder's name beside it is set as after a post closing
// the agent.
func (v *view) postOfAgent(s, e int) bool {
	for m := s; m+2 < e && m <= s+3; m++ {
		if v.toks[m].post() && v.isOne(m+1, wOf) {
			return true
		}
	}
	return false
}

// agentHolder sets beside a passive's agent that closes on a post the
// name in commas after it, as a subject's appositive is set: "confirmed
// to the inquiry by the hospital's medical director, Dr Neil Farrant",
// read as "the hospital's medical director, Dr Neil Farrant, said" is
// (name.go). Only a person's name running to the clause's end is taken.
func (v *view) agentHolder(at *attr, hi int) {
	k := at.srcEnd
	if !v.isOne(k, wComma) || !v.toks[k-1].post() && !v.postOfAgent(at.src, k) {
		return
	}
	if x, y, ok := v.holderToEnd(k, hi); ok {
		at.app, at.appEnd = x, y
	}
}

// holderToEnd returns the person's name after the comma at k when it runs
// to the clause's end.
func (v *view) holderToEnd(k, hi int) (int, int, bool) {
	e := k + 1
	for e < hi && !v.boundary(e) && !v.isOne(e, wFullStop) {
		e++
	}
	if x, y, ok := v.holderBeside(k+1, e); ok && y == e {
		return x, y, true
	}
	return 0, 0, false
}

// agentBeside sets beside a passive's agent [at.src, at.srcEnd) what its
// commas add, as a subject's appositive is set: the holder's name after a
// post (agentHolder), also after a post "of" a body the agent was read
// down to from a0 ("announced by the health minister of the eastern-based
// government, Othman Abduljalil": the post read whole, as its subject
// would be), and a post after a person's name ("announced by Ashraf
// al-Qudra, spokesman for the health ministry", read as after "said").
func (v *view) agentBeside(at *attr, a0, hi int) {
	v.agentHolder(at, hi)
	// (Only an office noun: "the head of the agency, Name" is left as it
	// was.)
	if at.app == 0 && a0 < at.src && v.postBeforeOf(a0, at.src) {
		whole := attr{src: a0, srcEnd: at.srcEnd}
		if v.agentHolder(&whole, hi); whole.app > 0 {
			at.src, at.app, at.appEnd = a0, whole.app, whole.appEnd
		}
	}
	// "confirmed by the head of the city's military administration,
	// Petro Danylenko": the head of a government holds an office, as a
	// minister does, and her name is the claimant (the dev files write
	// the holder's name for 16 of the 17 heads of an administration
	// named beside their name, claimrec33).
	if at.app == 0 && a0 < at.src && v.headOfGovernment(a0, at.srcEnd) {
		if x, y, ok := v.holderToEnd(at.srcEnd, hi); ok {
			at.src, at.app, at.appEnd = a0, x, y
		}
	}
	if at.app == 0 && v.namePostAfter(at.srcEnd, hi) && v.personName(at.src, at.srcEnd) {
		v.appositiveAfter(at, hi)
	}
}

// headOfGovernment reports whether [a, e) is "head of" a phrase closing
// on a government's word ("the head of the city's military
// administration", "head of the regional administration").
func (v *view) headOfGovernment(a, e int) bool {
	if e-a < 3 || !v.toks[e-1].has(cGovernment) {
		return false
	}
	for k := a; k < e-1; k++ {
		if v.isOne(k, wOf) {
			return k > a && v.toks[k-1].low == "head"
		}
	}
	return false
}

// postBeforeOf reports whether the post closing [a, of) before its "of" is
// an office noun ("the health minister of").
func (v *view) postBeforeOf(a, e int) bool {
	for k := e - 1; k > a; k-- {
		if v.isOne(k, wOf) {
			return v.toks[k-1].has(cOfficeNoun)
		}
	}
	return false
}

// namePostAfter reports whether a comma at k opens a staff noun in lower
// case, after "a" or "the" if any: ", spokesman for the Gaza health
// ministry", ", a spokeswoman for the Red Cross". (A head's post, ",
// head of the Donetsk People's Republic", may be an office of
// government, held by the name: left as it was.)
func (v *view) namePostAfter(k, hi int) bool {
	if !v.isOne(k, wComma) {
		return false
	}
	p := k + 1
	if p < hi && v.toks[p].has(cDeterminer) && !v.toks[p].capital {
		p++
	}
	if p+1 >= hi {
		return false
	}
	t := &v.toks[p]
	return t.word && !t.capital && t.has(cStaff)
}
