package claimant

import "strings"

// The source of a verb not inverted stands before it: in a comma aside
// ("Airwars, a monitoring group, has verified") or as its subject ("the
// ministry said"). A subject's phrase is found back from the verb, so what
// opens it must be told from the words before that belong elsewhere: a
// figure's counted noun, a relative clause's head, a poll made for other
// bodies, a name's initials in brackets.

// asideSubject reads the source before a comma aside that closes at j:
// "Airwars, a monitoring group, has verified", "COGAT, said", "Unicef's
// spokesman, speaking in Geneva, put". ok false: no opening comma, so the
// comma closes a clause (", X said" after it) and names no one.
func (v *view) asideSubject(j, lo int, at *attr) bool {
	k := j - 1
	for k >= lo && !v.isOne(k, wComma) {
		if v.boundary(k) {
			// ("..., after what officials described as a \"difficult\"
			// call, said": scarequote.go.)
			if m := v.scareQuoteBefore(k, lo); m >= 0 {
				k = m
				continue
			}
			// ("Selin Aksoy, a spokeswoman for the Disaster and Emergency
			// Management Authority (AFAD), said": a body's short name in
			// brackets is inside the aside, shortnameaside.go.)
			if m := v.shortNameInAside(k, lo); m >= 0 {
				k = m
				continue
			}
			break
		}
		k--
	}
	if k < lo || !v.isOne(k, wComma) {
		return false
	}
	k = v.listInAside(k, lo)
	// "Andriy Voloshyn, who toured the market on Saturday, the regional
	// governor, said": twoasides.go. The appositive stays the last
	// aside.
	app := k
	k = v.relativeAsideBefore(k, lo)
	// "Samira Awad, 38, who was pulled from the rubble ..., said": a
	// person's age in commas after her name opens no phrase of its own;
	// the name before it is the subject.
	if k-3 >= lo && v.isOne(k-2, wComma) && v.toks[k-1].num && len(v.toks[k-1].low) <= 3 && v.toks[k-3].capital && v.toks[k-3].word {
		k -= 2
	}
	head := v.npBefore(k, lo)
	// "The International Society for Fair Elections and Democracy
	// (ISFED), which deployed observers, estimated": a name closed by
	// its short name in brackets before the relative aside, read as
	// before a verb (bracketedSubject).
	if head == k && v.isOne(k-1, wCloseBracket) {
		b := attr{src: k, srcEnd: k}
		if opens := v.bracketedSubject(k-1, lo, &b); opens < k && b.src < b.srcEnd {
			at.src, at.srcEnd = b.src, b.srcEnd
			at.app, at.appEnd = app+1, j
			at.back = v.is(opens-1, wComma, wQuote, wDash)
			return true
		}
	}
	if head == k {
		return false
	}
	// "Three public-health researchers, in a letter, suggested":
	// people counted before their phrase are in it.
	if head-1 >= lo && (v.toks[head-1].num || v.toks[head-1].fig) && v.toks[head-1].word && agentNoun(v.toks[k-1].low) {
		head--
	}
	// "Indec, the statistics agency, which had delayed the release,
	// said": past the relative aside, a description beside a name gives
	// way to the name, as with no relative aside (convention 8; the
	// aside before the verb, claim50a).
	if n, ok := v.nameBeforeRelativeAside(head, k, app, lo); ok {
		at.src, at.srcEnd = n, head-1
		at.app, at.appEnd = head, k
		at.back = n > lo && v.is(n-1, wComma, wQuote, wDash)
		return true
	}
	at.src, at.srcEnd = head, k
	at.app, at.appEnd = app+1, j
	at.back = v.is(head-1, wComma, wQuote, wDash) || head == lo && false
	return true
}

// subjectBefore reads the verb's subject, ending at token j, into at, and
// whether the verb reaches back over its clause. madeFor: the subject is a
// poll's maker read past the bodies the poll was made for. ok false: the
// subject is findings relayed by someone, or no source.
func (v *view) subjectBefore(i, j, lo int, at *attr) (madeFor, ok bool) {
	// "A nurse who volunteered in Rafah said": whosubject.go.
	if x, y, ok := v.whoSubject(j, lo); ok {
		at.src, at.srcEnd = x, y
		p := x - 1
		at.back = v.is(p, wComma, wQuote, wDash, wAs) || p >= lo && v.toks[p].low == "." && !v.internalDot(p)
		return false, true
	}
	at.srcEnd = j + 1
	at.src = v.basisStart(v.npBefore(j+1, lo), lo)
	// "They've registered 1,200": a pronoun and its contracted
	// auxiliary are the pronoun.
	if at.srcEnd-at.src == 3 && v.is(at.src, wThey, wHe, wShe, wIt) && v.isOne(at.src+1, wApostrophe) && contractedAux[v.toks[at.src+2].low] {
		at.srcEnd = at.src + 1
	}
	// "the 127,000 measles cases Europe recorded", "the 5,000 a year
	// Gaza recorded": words opening right after a figure are what it
	// counts; a name closing them is the verb's subject.
	if at.src > lo && v.toks[at.src-1].fig {
		at.src = v.nameAfterCounted(at.src, at.srcEnd)
	}
	// ", a sum aid agencies say barely touches the need": "a" and a
	// noun before a plural are a head the clause after it is about,
	// not the verb's subject; the subject judges the head, and says
	// nothing of what the head renames.
	at.src = v.afterContactHead(at.src, at.srcEnd)
	// "A Sunderland surgeon just back from Gaza says": see backfrom.go.
	if x, y, ok := v.pastCameFrom(at.src, at.srcEnd, lo); ok {
		at.src, at.srcEnd = x, y
	}
	// "Nurses here tell us they have admitted 52": the pronoun after
	// another verb's object is the subject, alone; so is the one of a
	// contact clause after a noun ("said the strikes it had verified
	// reached 3,400", "Of the 400 clips it verified, 90 ...": the
	// pronoun takes up who said it), and after an
	// aside's noun (", the steepest fall it has recorded": the noun
	// is what the pronoun recorded, not who).
	if at.srcEnd-at.src >= 2 && v.is(j, wIt, wThey, wHe, wShe) && (v.toks[j-1].has(cPronoun) || v.toks[j-1].word && !v.toks[j-1].has(cPreposition|cDeterminer|cLink) && at.src > lo && (v.toks[at.src-1].report && !v.toks[at.src-1].has(cFindingNoun) || v.is(at.src-1, wThat, wComma) || v.toks[at.src-1].fig || v.toks[at.src-1].num || v.toks[at.src-1].has(cQuantifier))) {
		at.src = j
	}
	// "The exit poll conducted by Ipsos for the BBC and Sky
	// projected": the bodies a poll was made for close the subject,
	// and its maker says.
	if x, y, ok := v.madeForSubject(at.src, at.srcEnd, lo); ok {
		at.src, at.srcEnd = x, y
		madeFor = true
	} else if v.relayedFindingsAgent(at.src, lo) {
		// "Israeli figures cited by the Knesset's research centre
		// show": the verb's subject is the findings, whose own
		// attribution names who made them.
		return false, false
	}
	opens := v.bracketedSubject(j, lo, at)
	// ", with Syria's government reporting 1,414": an absolute
	// construction's subject follows its "with".
	if v.toks[i].ing && at.src+1 < at.srcEnd && v.isOne(at.src, wWith) {
		at.src++
		opens = at.src
	}
	// "published on Monday puts": a source never opens with a
	// preposition. "A nurse I met in Khan Younis told me", "The
	// officials we work with have logged": the subject is before the
	// relative clause.
	if at.src == at.srcEnd || v.toks[at.src].has(cPreposition) && !v.toks[at.src].capital {
		if !v.subjectBeforeContact(j, lo, at) {
			return false, false
		}
		opens = at.src
	}
	p := opens - 1
	// ", two officials said", ", two Egyptian officials told": people
	// counted before their phrase are in it.
	if p > lo && v.toks[p].word && (v.toks[p].num || v.toks[p].fig) && agentNoun(v.toks[at.srcEnd-1].low) {
		if at.src == opens {
			at.src = p
		}
		p--
	}
	// ", the head of the provincial emergency service said": the body a
	// head's "of" names is the subject read (np.go agentLink), and what
	// stands before "the head" says whether the verb reaches back.
	if p-2 >= lo && v.isOne(p, wOf) && v.toks[p-1].post() {
		// "the head of", "the deputy head of", "the chief of": any
		// post, and one word saying which holder of it.
		q := p - 2
		if q > lo && v.toks[q].word && !v.toks[q].capital && !v.toks[q].has(cDeterminer) {
			q--
		}
		if v.toks[q].has(cDeterminer) {
			p = q - 1
		}
	}
	at.back = v.is(p, wComma, wQuote, wDash, wAs) || p >= lo && v.toks[p].low == "." && !v.internalDot(p)
	// ", the WHO and UNRWA told donors": two named sources joined after the
	// clause's comma close it together (jointsource.go says whom they
	// name).
	if !at.back && v.jointBefore(at.src, lo) >= 0 {
		at.back = true
	}
	return madeFor, true
}

// bracketedSubject reads a subject closed by brackets before the verb at
// j+1 into at, and returns the token that opens the subject's phrase, by
// which the verb is told to reach back or not (at.src when there are no
// brackets).
func (v *view) bracketedSubject(j, lo int, at *attr) int {
	// "Türkiye's Disaster and Emergency Management Authority (AFAD)
	// said": the name's initials in brackets end the subject.
	// "the Commission on Elections (Comelec) said": or its short
	// name (shortname.go).
	opens := at.src
	// ("The Famine Early Warning Systems Network — FEWS NET — expects":
	// dashedshort.go.)
	if x, y, n, ok := v.dashedShortName(j, lo); ok {
		at.src, at.srcEnd = x, y
		return n
	}
	k := v.shortNameOpening(j, lo)
	if k < 0 {
		return opens
	}
	// ", the Royal College of Emergency Medicine (RCEM) said":
	// the name before the brackets opens the subject, and what
	// stands before the name says whether the verb reaches back.
	n := v.nameBeforeInitials(k, lo)
	if x, y, ok := v.shortNameAt(n, k); ok {
		at.src, at.srcEnd, opens = x, y, n
		// ("..., Türkiye's Disaster and Emergency Management
		// Authority (AFAD) said": the place's possessive opens
		// the subject.)
		if n >= 3 && v.isOne(n-1, wS) && v.isOne(n-2, wApostrophe) && v.toks[n-3].poss {
			opens = v.npBefore(n-2, lo)
		}
	} else if x, d, ok := v.describedInitials(k, j, lo); ok {
		// "The Halton police service (HPS) said": a body described
		// in lower case, then its initials (describedinitials.go).
		at.src, at.srcEnd = x, x+1
		return d
	} else if x, y, ok := v.knownByInBrackets(n, k, j); ok && n < k {
		// "Syria Civil Defence (the White Helmets) recorded":
		// dashedshort.go.
		at.src, at.srcEnd, opens = x, y, n
	} else if n < k {
		// "Staff at the Al-Awda Hospital (Jabalia) said",
		// "Anthony Albanese (pictured) said": an aside in
		// brackets between a name and its verb.
		at.src, at.srcEnd = v.basisStart(v.npBefore(k, lo), lo), k
		opens = at.src
	}
	return opens
}

// subjectBeforeContact reads the subject before a contact clause ending
// at j: "A nurse I met in Khan Younis told me", "The officials we work
// with have logged". ok false: there is none.
func (v *view) subjectBeforeContact(j, lo int, at *attr) bool {
	x, ok := v.contactSubject(j, lo)
	if !ok {
		return false
	}
	at.src, at.srcEnd = v.npBefore(x, lo), x
	// "A nurse I once worked with put it to me", "a surgeon I met
	// in Rafah": one witness is named by the whole phrase, the
	// clause that says which she is with it (convention 1).
	// ("the nurse I met in Port Sudan": one witness the writer met,
	// known to the reader by the clause, with "the".)
	if w := v.toks[x-1].low; (v.is(at.src, wA, wAn) || v.isOne(at.src, wThe) && !strings.HasSuffix(w, "s")) && x-at.src == 2 && (personNoun(w) || agentNoun(w+"s")) {
		at.srcEnd = j + 1
	}
	return true
}

// contractedAux are auxiliaries contracted after a pronoun: "they've",
// "we'd", "she'll", "you're".
var contractedAux = set("ve d ll re")
