package claimant

import "strings"

// A verb of claim finds its source in one of four places, tried in turn:
// after "by" in a passive ("the toll reported by the ministry"), after the
// verb when it is inverted (", said the ministry"), in a comma aside
// before it ("Airwars, a monitoring group, has verified") or as its
// subject right before it ("the ministry said"). Each place has a reader
// of its own below and in subjectbefore.go.

// verbAttr finds the source of the reporting verb at i. findingOnly: the
// verb finds ("show", "found") and does not say, so its subject claims
// only as findingClaimed allows.
func (v *view) verbAttr(i, lo, hi int, findingOnly bool) (attr, bool) {
	// "Israel contests count", "Tehran rejects report": after a verb by
	// which a party takes issue with a figure, "count" or "report" is
	// that verb's object, no verb of claim.
	if i > lo && v.toks[i-1].word && !v.toks[i-1].capital && doubting(v.toks[i-1].low) {
		return attr{}, false
	}
	// "on the fourth count with 6,212 votes": a noun (ordinalnoun.go).
	if v.ordinalBefore(i, lo) {
		return attr{}, false
	}
	if at, ok := v.quotedAs(i, hi); ok {
		return at, true
	}
	if at, ok := v.quotedPassive(i, lo, hi); ok {
		return at, true
	}
	if at, found, done := v.passiveAgent(i, lo, hi, findingOnly); done {
		return at, found
	}
	// ("we have found them broadly reliable": see judged.go.)
	if v.passive(i) || v.reducedRelative(i, hi) || v.timedRelative(i, hi) || v.reportedState(i, lo, hi) || v.judgedFind(i) {
		return attr{}, false
	}
	// "The Ledger reviewed 480 death certificates and found that ...": a
	// verb after "and" shares the subject of the clause before.
	if x, y, ok := v.sharedSubject(i, lo); ok {
		return attr{src: x, srcEnd: y, anchor: i, kind: kVerb}, true
	}
	// ", saying ..." with no named subject before says nothing of its own.
	if v.participleComma(i) >= 0 {
		return attr{}, false
	}
	j, ok := v.subjectEnd(i, lo)
	if !ok {
		return attr{}, false
	}
	// "A review of 312 files by the ministry found": the maker after
	// the material (ownedworkcount.go).
	if x, ok := v.makerAfterMaterial(j, lo); ok && !v.isOne(j, wComma) {
		return attr{src: x, srcEnd: j + 1, anchor: i, kind: kVerb}, true
	}
	if at, ok := v.invertedSource(i, j, lo, hi, findingOnly); ok {
		return at, true
	}
	if j < lo {
		return attr{}, false
	}
	at := attr{anchor: i, kind: kVerb}
	madeFor := false // the subject is a poll's maker (madeForSubject)
	if v.isOne(j, wComma) {
		if !v.asideSubject(j, lo, &at) {
			return attr{}, false
		}
	} else if madeFor, ok = v.subjectBefore(i, j, lo, &at); !ok {
		return attr{}, false
	}
	// "Will the Secretary of State say ...?": a subject asked to say
	// claims nothing (questioned.go).
	if v.askedSubject(&at, lo) {
		return attr{}, false
	}
	// "A poll of 2,000 voters puts": samplesubject.go.
	if v.sampleOfFindings(at.src, at.srcEnd) {
		// "Our analysis of 214 strike reports shows": an owned work's
		// counted material is no sample (ownedworkcount.go).
		x, ok := v.ownedWorkOfCount(at.src, lo)
		if !ok {
			return attr{}, false
		}
		at.src = x
	}
	// Reaching back needs the verb to end its clause (", the WHO said on
	// Friday."): "the WHO reckons some 11,000" reaches forward only.
	if at.back && !v.clauseFinal(i, hi) {
		at.back = false
	}
	// "1.5m people crammed into Rafah as aid agencies warn of famine",
	// "toll nears 50,000 as reinsurers tally losses": clausepeople.go.
	if at.back && at.src > lo && v.isOne(at.src-1, wAs) && v.peopleOpeningClause(at.src, at.srcEnd) && !v.bareClose(i, hi) {
		at.back = false
	}
	if findingOnly {
		// "figures show", "It shows": findings, or a pronoun taking them up.
		v.ownedHead(&at, lo)
		if !v.findingClaimed(i, lo, hi, at, madeFor) {
			return attr{}, false
		}
	}
	// "its chairman Rear Admiral S M Moniruzzaman told": the name after
	// the owned post is read as if in commas (ownedpostname.go).
	if at.app >= at.appEnd {
		if p, ok := v.ownedPostHolder(at.src, at.srcEnd); ok {
			at.srcEnd, at.app, at.appEnd = p, p, at.srcEnd
		}
	}
	// "its disaster agency AFAD said": the name (placeownedteller.go).
	if at.app >= at.appEnd {
		if p, ok := v.ownedBodyName(at.src, at.srcEnd); ok {
			at.src = p
		}
	}
	if !v.nominal(at.src, at.srcEnd) {
		// "Its spokesman, Daniel Hagari, said": a spokesperson owned by a
		// pronoun speaks for the body the pronoun takes up (convention
		// 1); the name beside it is only the spokesperson's. A head or
		// an office ("its head, Yunus Sezer, told Anadolu") is held by
		// the name (convention 8).
		if h := &v.toks[at.srcEnd-1]; at.app < at.appEnd && v.is(at.src, wIts, wTheir) && at.srcEnd-at.src >= 2 && spokesWord(h.low) {
			at.app, at.appEnd = 0, 0
			return at, true
		}
		// "Edinburgh Airport handled 14.4 million passengers, its chief
		// executive said": a post a pronoun owns, with no name beside
		// it, speaks for what the pronoun takes up (find.go).
		if v.pronounPost(at) {
			return at, true
		}
		// "The country has reported 41,020 deaths, its disaster agency
		// said": a body a pronoun owns tells for itself when the pronoun
		// takes up a place (placeownedteller.go).
		if at.back && v.ownedBody(at) && v.placeSubject(lo, at.src) {
			return at, true
		}
		// "The Jordanian Field Hospital has treated 47,000 patients, its
		// director, Col. Dr. Ammar Zoubi, told Petra": an institution's
		// head speaks for it, named or not (institutionhead.go).
		if v.institutionHead(at) {
			at.app, at.appEnd = 0, 0
			return at, true
		}
		// "The Israeli agency that coordinates aid, COGAT, said": the
		// appositive names the source.
		if at.app >= at.appEnd || !v.nominal(at.app, at.appEnd) {
			return attr{}, false
		}
		at.src, at.srcEnd, at.app, at.appEnd = at.app, at.appEnd, 0, 0
	}
	return at, true
}

// passiveAgent reads a passive's agent after "by": "the toll reported by
// the ministry", "published overnight by the commission". done: the "by"
// settles the verb's source, found or not (a means or a relay names no
// one); otherwise the verb is read as active.
func (v *view) passiveAgent(i, lo, hi int, findingOnly bool) (at attr, found, done bool) {
	by := i + 1
	if v.is(by, wOvernight, wToday, wYesterday, wLater, wEarlier, wJointly) {
		by++
	}
	// "was told on Tuesday by", "confirmed to the inquiry by": see
	// passivegap.go.
	if !v.isOne(by, wBy) && v.is(i-1, wIs, wWas, wWere, wAre, wBeen, wBe, wAs, wComma) {
		by = v.byAfterGap(i+1, hi)
	}
	// ("found by comparing 300 listings": a means, findingmeans.go.)
	if !v.isOne(by, wBy) || v.gerundAfterBy(by, hi) {
		return attr{}, false, false
	}
	// "Health ministry figures quoted by the Ledger": findings with an
	// owner are the owner's, whoever passes them on (see findings).
	if v.relayedFindingsAgent(by+1, lo) && v.ownedOrSided(i-1, lo) {
		return attr{}, false, true
	}
	// "had recorded by the end of March" is active, and "by" a time.
	// "missing under the rubble, put by some estimates at 10,000": "put"
	// and its "at" are a passive too.
	if i > lo && (v.is(i-1, wIs, wWas, wWere, wAre, wBeen, wBe) || !findingOnly || v.isOne(i, wPut)) && !v.is(i-1, wHas, wHave, wHad) {
		// ("by some estimates": a quantifier opens an agent named by no
		// one, kept aside as such; see sources.)
		a, b := v.npAfter(by+1, hi)
		// "by regional governor Oleh Syniehubov": postname.go.
		x, y, held := v.postThenName(by+1, hi)
		if held {
			a, b = x, y
		}
		// ("had been told by police that", "I'm told by local
		// authorities that": people or a force by their bare plural kind
		// are an agent too, of a passive whose clause they say; claim58.)
		if held || b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer|cQuantifier) || v.peopleOfNamedAgent(a, hi) || v.saidByPeople(i, a, b)) && !v.toks[a].has(cDay) && !v.toks[b-1].has(cTimeNoun) && !v.is(a+1, wEnd, wTime, wStart) {
			a0 := a
			if !held {
				a, b = v.postOfBody(a, b, hi)
			}
			// "Prabowo's 58.6 per cent, as certified by the General
			// Elections Commission on 20 March, is ...": an aside of "as"
			// vouches for the phrase it follows.
			at := attr{src: a, srcEnd: b, anchor: i, kind: kVerb, back: v.asAside(i)}
			if r := v.passiveBack(i, lo); r > 0 && !at.back {
				at.back, at.reach = true, r
			} else if !at.back && v.audiencePassiveBack(i, lo, b, hi) {
				at.back = true
			}
			v.agentBeside(&at, a0, hi)
			return at, true, true
		}
	}
	// "Of the dead identified by full name": a means after "by", and a
	// noun before the participle describing it, name no one.
	if by+1 < hi && v.toks[by+1].word && !v.toks[by+1].capital && !v.toks[by+1].has(cDeterminer|cPronoun) && i > lo && v.toks[i-1].word && !v.toks[i-1].has(cBetween|cPronoun) && !v.timeAfter(by, hi) {
		return attr{}, false, true
	}
	return attr{}, false, false
}

// subjectEnd returns the last token of the verb's subject before i, past
// adverbs, auxiliaries and a relative pronoun; lo-1 when none is in the
// clause (the verb may be inverted). ok false: the verb is negated ("a
// claim AFP could not verify"), and a source that does not say claims
// nothing.
func (v *view) subjectEnd(i, lo int) (int, bool) {
	j := i - 1
	// "Oryx re-examined each loss": a verb's prefix is the verb's.
	if j-1 > lo && v.isOne(j, wDash) && !v.toks[i].space && v.hyphenedVerb(i) {
		j -= 2
	}
	// "has long alleged": "long" after "have" is an adverb of time.
	// ("They're telling me": a pronoun's contracted "be", contractedbe.go.)
	// ("Ablekuma North alone recorded", "The ministry itself says": a
	// word of focus after the subject is no word of it, focus.go.)
	for j >= lo && (v.toks[j].has(cBetween) || v.toks[j].low == "'" && (v.isOne(j+1, wT) || v.contractedBe(j+1)) || v.contractedBe(j) || v.adverb(j) || v.isOne(j, wLong) && v.is(j-1, wHas, wHave, wHad) || v.focusAfterSubject(j, lo) || v.noLonger(j, lo)) {
		// "a claim AFP could not verify", "a number the agency has not
		// published": a source that does not say it claims nothing.
		// ("I no longer believe the 40,000 figure": so is one that has
		// stopped saying it, claim58.)
		if v.is(j, wNot, wNt, wNever) || v.noLonger(j, lo) {
			return j, false
		}
		j--
	}
	// "The authority on Thursday released": see timebeforeverb.go.
	if k := v.timeBeforeVerb(j, lo); k < j {
		j = k
		for j >= lo && (v.toks[j].has(cBetween) || v.adverb(j)) {
			j--
		}
	}
	// "Ottawa likes to say it has resettled 1,400", "the ministry
	// continues to report": a verb of habit or choice before "to" says
	// through the verb after it (catenative.go).
	if j-1 > lo && v.isOne(j, wTo) && catenative(v.toks[j-1].low) {
		j -= 2
		for j >= lo && (v.toks[j].has(cBetween) || v.adverb(j)) {
			j--
		}
	}
	// "Oxfam, which said", "Israel, which says"; "a government that
	// says": the relative clause's noun says.
	// ("..., WHO says" is the World Health Organization.)
	if j >= lo && v.is(j, wWhich, wWho) && !v.toks[j].shouted && v.isOne(j-1, wComma) {
		j -= 2
	} else if j > lo && v.is(j, wThat, wWhich, wWho) && !v.toks[j].capital && v.toks[j-1].word && !v.toks[j-1].has(cClause|cBetween|cPreposition|cPronoun) && !v.toks[j-1].report && !v.toks[j-1].finding {
		j--
	}
	return j, true
}

// invertedSource reads the source after an inverted verb: "..., said
// Mahmoud Saleh, a spokesman for ...", "..., say Palestinian health
// officials". j is subjectEnd's token before the verb.
func (v *view) invertedSource(i, j, lo, hi int, findingOnly bool) (attr, bool) {
	// (",' said X": a single quotation mark closing speech.)
	inverted := j < lo || v.is(j, wComma, wQuote, wDash, wColon) && !v.closesAppositive(j, lo) && !v.closesSubjectRelative(j, lo) || v.isOne(j, wApostrophe) && v.is(j-1, wComma, wQuestion, wBang) || v.headlineSays(i, j, lo, hi)
	// "told" takes its audience after it, never its source ("..., X told
	// a news conference"): only its subject before says.
	if !inverted || findingOnly || !inverts(stem(v.toks[i].low)) || v.is(i, wTold, wTell, wTells) {
		return attr{}, false
	}
	// The source ends its clause: in "Qatar, ..., said the truce would
	// be extended" the phrase after the verb begins what was said.
	// "..., said rescuers at the scene": a plural people noun needs no
	// determiner.
	// A headline's "..., says health ministry" runs to its end with no
	// determiner. "..., said adjuster Crawley Marsh": a trade before a
	// name (tradename.go).
	a, b := v.npAfter(i+1, hi)
	// ("said a nurse we spoke to": a contact clause closes the phrase,
	// phraseends.go.)
	for k := a + 1; k < b; k++ {
		if v.contactClause(k, hi) {
			b = k
			break
		}
	}
	// ("..., said she.": claim48's saidshe.go.)
	if b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer) || v.saidShe(i, a, b, hi) || b >= hi && !v.toks[a].num || a+1 < b && v.toks[a+1].capital && v.tradeBeforeName(a) || v.barePluralPeople(a, b) && !v.is(i, wTold, wTell, wTells) || v.officeBeforeHolder(a, b) || v.ownedPostOpens(a, b)) && !(v.toks[a].has(cPronoun) && !v.toks[a].capital && !v.ownedPostOpens(a, b) && !v.saidShe(i, a, b, hi)) && (v.endsClause(b, hi) || v.openingSaid(i, lo, b, hi) || v.isOne(b-1, wOf) || v.asideResumes(j, b, hi)) {
		a, b = v.postOfBody(a, b, hi)
		at := attr{src: a, srcEnd: b, anchor: i, kind: kVerb, back: true}
		// (An aside resumed by its clause's predicate has no appositive:
		// the words after the comma are the predicate.)
		if !v.asideResumes(j, b, hi) {
			v.appositiveAfter(&at, hi)
		}
		// ("..., said its president Azhar Kamil": invertedowned.go.)
		if v.ownedPostOpens(a, b) {
			v.invertedOwnedPost(&at, a, b)
		}
		return at, true
	}
	return attr{}, false
}

// foundShare reports whether the verb at i is "finds" or "found" whose
// object opens on a share, past a word that only narrows it ("only",
// "just", "some", "about"): "finds 41 per cent", "found only 12%". The
// bare "find" is left out: after a modal it looks ahead ("voters will
// find 41 per cent more stations open").
func (v *view) foundShare(i, hi int) bool {
	switch v.toks[i].low {
	case "finds", "found":
	default:
		return false
	}
	k := i + 1
	if k < hi && !v.toks[k].fig {
		switch v.toks[k].low {
		case "only", "just", "some", "about", "nearly", "almost", "roughly", "around":
			k++
		}
	}
	return k < hi && v.toks[k].fig && v.shareAt(k, hi)
}

// findingClaimed reports whether the subject of a verb that finds
// ("found", "show", "projected") claims what is found: people and named
// bodies do, findings and a pronoun taking them up do; "Rescuers found 14
// survivors" and "The escalation scenario projects 85,750" do not.
func (v *view) findingClaimed(i, lo, hi int, at attr, madeFor bool) bool {
	// "The HRMMU's toll includes 614 children": only findings contain
	// (contains.go).
	if containing(v.toks[i].low) {
		return v.hasFindingsHead(at.src, at.srcEnd) || at.srcEnd-at.src == 1 && v.is(at.src, wIt, wThey, wThis, wThese) || v.possessedSubject(at.src, at.srcEnd)
	}
	// "Three researchers, in a letter to The Lancet, suggested that ...":
	// people who find or suggest that something is so claim it.
	// "The monitor Airwars found that about 31 per cent ...": a named body,
	// or one named by its kind, finding that something is so claims it
	// as people do.
	// "the chief inspector of prisons found that": findingsoffice.go.
	// ("Ipsos found last month that", "found in March that": a short
	// phrase of when between the verb and its "that", attrib.go
	// thatAfterWhen.)
	if v.thatAfterWhen(i+1, hi) && at.srcEnd > at.src && (agentNoun(v.toks[at.srcEnd-1].low) || v.named(at.src, at.srcEnd) || v.toks[at.srcEnd-1].has(cBody) || v.officeFinder(at.src, at.srcEnd)) {
		return true
	}
	// "Gallup finds 41 per cent of voters back the plan", "the monitor
	// found only 12% of the wells safe": a share is never a thing found
	// on the ground, so finding one is a finding of a named body, people
	// or a body by its kind ("Rescuers found 14 survivors" finds people).
	if at.srcEnd > at.src && v.foundShare(i, hi) && (agentNoun(v.toks[at.srcEnd-1].low) || v.named(at.src, at.srcEnd) || v.toks[at.srcEnd-1].has(cBody)) {
		return true
	}
	// "we found 1,104 families that had lost three generations": the
	// writer's own finding, whatever follows it; "Rescuers found 14
	// survivors" still claims nothing.
	if at.srcEnd-at.src == 1 && v.is(at.src, wWe, wI) {
		return true
	}
	// "As researchers at the Halden Institute showed last spring, at
	// least 40 per cent ...", "As the Ledger found in its review, ...":
	// "as" and a findings verb with no object of its own vouch for the
	// clause after ("As rescuers found more bodies, ..." is a time).
	if at.src > lo && v.isOne(at.src-1, wAs) && v.asFinding(i, hi) {
		return true
	}
	// "..., the Institute for Economics and Peace found in its annual
	// index.": a named body, people or a body by its kind closing the
	// sentence after a comma with a findings verb and no object of its
	// own found what the clause before says ("..., rescuers found 14
	// survivors" has its object).
	if at.back && at.srcEnd > at.src && (v.boundary(i+1) || v.asFinding(i, hi)) && (v.named(at.src, at.srcEnd) || agentNoun(v.toks[at.srcEnd-1].low) || v.toks[at.srcEnd-1].has(cBody)) {
		return true
	}
	// "Epidemiologists at the University of Leeds modelled 11,500",
	// "The IOM projected 3 million": people or a body estimate; "The
	// escalation scenario projects 85,750" is no one's claim.
	if estimating(v.toks[i].low) && at.srcEnd > at.src && (v.named(at.src, at.srcEnd) || agentNoun(v.toks[at.srcEnd-1].low) || v.toks[at.srcEnd-1].has(cBody)) {
		return true
	}
	// A poll's maker read past those it was made for: the poll finds.
	if madeFor {
		return true
	}
	return v.hasFindingsHead(at.src, at.srcEnd) || at.srcEnd-at.src == 1 && v.is(at.src, wIt, wThey, wThis, wThese) || v.possessedSubject(at.src, at.srcEnd)
}

// barePluralPeople reports whether the phrase [a, b) after an inverted
// verb opens on people in the plural with no determiner: "rescuers at the
// scene", or a compound whose plural head is such people, "aid workers in
// the capital", "health workers" (one lower-case modifier before the
// head).
func (v *view) barePluralPeople(a, b int) bool {
	h := a
	if a+1 < b && v.toks[a].word && !v.toks[a].capital && !v.toks[a].has(cPreposition|cDeterminer|cPronoun) && !v.isVerbLike(a) {
		if n := v.toks[a+1].low; !v.toks[a+1].capital && agentNoun(n) && strings.HasSuffix(n, "s") {
			h = a + 1
		}
	}
	w := v.toks[h].low
	return agentNoun(w) && strings.HasSuffix(w, "s")
}

// noLonger reports whether token j closes "no longer" or "any longer"
// before a verb: a source that has stopped saying a thing says it no
// more ("Officials no longer believe the 40,000 figure").
func (v *view) noLonger(j, lo int) bool {
	return j-1 >= lo && v.toks[j].low == "longer" && (v.toks[j-1].low == "no" || v.toks[j-1].low == "any")
}

// saidByPeople reports whether the agent [a, b) of the passive verb at i is
// people or a force by their bare plural kind telling a clause: a form of
// "be" before the verb and "that" after the agent ("had been told by
// police that 40 ..."). A reduced relative's agent ("deaths reported by
// local authorities", "crimes recorded by police") describes what is
// counted, and an act's ("accounts examined by investigators") names no
// teller.
func (v *view) saidByPeople(i, a, b int) bool {
	return i > 0 && (v.is(i-1, wIs, wWas, wWere, wAre, wBeen, wBe) || v.contractedBe(i-1)) && v.isOne(b, wThat) && v.peopleByKind(a, b)
}
