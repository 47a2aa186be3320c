package claimant

import "strings"

// Turning an attribution's words into a claimant: the configured id the
// words name, or the words reduced to the body or person that speaks.

// name turns an attribution's words into a claimant.
func (c *call) name(v *view, a attr) (Claimant, bool) {
	// "The ministry's lists, which the Ledger obtained and checked
	// against death notices, show", "Figures from the WHO, which the
	// Meridian checked, show": findings are whoever made them into these.
	// "Our tally, compiled from COGAT's dashboard, shows": an aside
	// naming the material names neither maker nor speaker (workof.go).
	if a.app < a.appEnd && v.materialAside(a.app) {
		a.app, a.appEnd = 0, 0
	}
	if a.app < a.appEnd && v.findingsIn(a.src, a.srcEnd) {
		rs, re, ok := v.relativeSubject(a.app, a.appEnd+1)
		if !ok && v.toks[a.srcEnd-1].has(cFindingNoun) {
			rs, re, ok = v.madeBy(a.srcEnd-1, a.appEnd+1)
		}
		if ok && re <= a.appEnd {
			id, _ := c.lookup(v, rs, re)
			return c.claimant(v, rs, re, id), true
		}
	}
	// "Lower Silesia's voivode, Marek Jasinski, said": a place's office
	// and its holder's name beside it; the name (placeoffice.go).
	if a.app < a.appEnd && v.placeOffice(a.src, a.srcEnd) {
		if x, y, ok := v.holderBeside(a.app, a.appEnd); ok {
			return c.claimant(v, x, y, ""), true
		}
	}
	s, e := v.reduce(a.src, a.srcEnd)
	if x, y, ok := v.titledWork(s, e); ok {
		s, e = x, y
	}
	// "according to preliminary estimates": findings read down to their
	// modifier name no one (see quantity.go).
	if v.quantityOnly(s, e) {
		return Claimant{}, false
	}
	// "The head of the emergency ward here at Nasser hospital told me":
	// the subject read after its post's "of" is a unit, and its named
	// body speaks for it (see unitAt).
	if a.src >= 2 && v.isOne(a.src-1, wOf) && v.toks[a.src-2].post() && !v.toks[a.src-2].capital {
		if p, q, ok := v.unitAt(a.src, a.srcEnd); ok {
			s, e = p, v.namePlace(p, q)
		}
	}
	// "Israel's rescue service Zaka": the name after its kind is the body,
	// whatever place or body qualifies the kind.
	if k := v.kindBeforeName(s, e); k > s {
		if id, ok := c.lookup(v, k, e); ok {
			return c.claimant(v, k, e, id), true
		}
		return c.claimant(v, k, e, ""), true
	}
	// "Our satellite images show": the owner of the findings; "my
	// colleagues at the Gulf Courier found", narrowed to their body, are
	// no findings.
	if x, y, ok := v.findingsSubject(a); ok && s == a.src && e == a.srcEnd {
		s, e = x, y
	}
	if s >= e {
		return Claimant{}, false
	}
	if id, ok := c.lookup(v, s, e); ok {
		return c.claimant(v, s, e, id), true
	}
	if s != a.src || e != a.srcEnd {
		if id, ok := c.lookup(v, a.src, v.beforeBasis(a.src, a.srcEnd)); ok {
			return c.claimant(v, s, e, id), true // "A Ledger analysis": the alias is the whole phrase
		}
	}
	// "the regional governor, Ivan Melnyk, said": an office-holder is
	// written by name (testdata/README.md, convention 8).
	if x, y, ok := v.officeHolder(s, e, a.app, a.appEnd); ok {
		return c.claimant(v, x, y, ""), true
	}
	// "the IPC, a global monitor backed by UN agencies, said": a body
	// named by its initials or its kind is the source; what describes it
	// names others.
	if a.app < a.appEnd && !v.bodyName(s, e) {
		// "Syria's civil defence, known as the White Helmets": the name
		// it goes by.
		if v.isOne(a.app, wKnown) && v.isOne(a.app+1, wAs) && a.app+2 < a.appEnd {
			id, _ := c.lookup(v, a.app+2, a.appEnd)
			return c.claimant(v, a.app+2, a.appEnd, id), true
		}
		// "Researchers at X, whose estimate the health ministry has
		// cited,", "The Meridian's tally, built from the lists the
		// ministry publishes,": a body named in an aside on the subject's
		// work is not the subject.
		if id, ok := c.lookup(v, a.app, a.appEnd); ok && !(v.openerOfAside(a.app) && !v.isOne(a.app, wWho)) {
			return c.claimant(v, a.app, a.appEnd, id), true
		}
		// "Ahmed Bashir, a volunteer with the Emergency Response Rooms":
		// one named volunteer speaks for himself (convention 1), whatever
		// body he is with; unnamed, "a volunteer from the Aegean rescue
		// group" stands for it (see personOfBody).
		if v.ownVoice(a.app, a.appEnd) && v.personName(s, e) {
			return c.claimant(v, s, e, ""), true
		}
		// "John Smith, a spokesman for Oxfam" speaks for Oxfam.
		// "Hélène Marchal, MSF's emergency coordinator" for MSF.
		// "The White Helmets, the rescue group operating in Idlib": a
		// lower-case description beside a name is not who speaks.
		if rs, re := v.reduce(a.app, a.appEnd); (rs > a.app || re < a.appEnd) && re > rs && !v.is(a.app, wWho, wWhich) && !(v.named(s, e) && v.description(a.app, a.appEnd, rs, re)) {
			// "director of the maternity ward at the Emirati Hospital":
			// a unit's post speaks for the named body.
			if x, y, ok := v.unitAt(rs, re); ok {
				return c.claimant(v, x, v.namePlace(x, y), ""), true
			}
			return c.claimant(v, rs, re, ""), true
		}
		// "Ana Rocha, a monitor with the Citizens' Observation Network": a
		// role in a named body speaks for it; a witness ("a nurse at X")
		// speaks for herself.
		if rs, re, ok := v.roleIn(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Dr Marwan Odeh, director of Al-Aqsa hospital": a post of a
		// named body speaks for it.
		if rs, re, ok := v.postOfNamed(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Catherine Ellwood, of the International Committee of the Red
		// Cross": a person of a named body speaks for it (appof.go).
		if rs, re, ok := v.ofNamedBody(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
		// "Jean Bosco, who runs the reception centre for the Norwegian
		// Refugee Council": a person in post speaks for the body.
		if rs, re, ok := v.worksFor(a.app, a.appEnd); ok {
			return c.claimant(v, rs, re, ""), true
		}
	}
	// "El Fasher's 1.8 million residents"; a headline's "Rafah: ..." is a
	// place, "Electoral commission: ..." and "Hostage families: ..." a
	// body or people.
	if a.kind == kPossFig || a.kind == kLabel && !v.labelSource(s, e) {
		return Claimant{}, false
	}
	if v.toks[s].has(cPronoun) && !v.toks[s].has(cFirstPerson) && e-s == 1 {
		return Claimant{}, false
	}
	if v.definite(s, e) {
		if id, ok := c.corefer(v, s, v.toks[e-1].low); ok {
			return c.claimant(v, s, e, id), true
		}
	}
	// "the country's disaster management agency, AFAD, said": a
	// description and a name beside it; the name is the claimant.
	// "the regional governor, Ivan Melnyk, said": a post keeps its office,
	// the person speaking in it.
	// "The Ukrainian military intelligence agency, HUR, said", "the
	// central election commission, the CEC, said": a description headed
	// by a kind of body, whatever capitals it has.
	// "Greece's coast guard command, HCG, said": a lower-case description
	// beside a body's initials, whatever its head.
	if x := a.app; a.app < a.appEnd && (!v.named(s, e) || !v.toks[e-1].capital && (bodyNouns[v.toks[e-1].low] || v.bodyName(a.app, a.appEnd))) && !v.toks[e-1].post() {
		if v.isOne(x, wThe) {
			x++
		}
		if v.allCapitalised(x, a.appEnd) {
			return c.claimant(v, x, a.appEnd, ""), true
		}
	}
	return c.claimant(v, s, v.namePlace(s, e), ""), true
}

// kindBeforeName returns where the name after a kind of body starts in
// the phrase [s, e): "the monitoring group Airwars", "medical charity
// MSF" (s when there is none; "regional governor Oleh Kiper" keeps the
// office a person speaks in).
func (v *view) kindBeforeName(s, e int) int {
	// "says pollster Konda": the kind may open the phrase, with no
	// determiner before it.
	for k := e - 1; k >= s; k-- {
		// "the charity Medical Aid for Palestinians": link words inside
		// the name.
		if k+1 < e && k-1 > s && v.toks[k].has(cLink|cDeterminer) && !v.toks[k].capital && v.toks[k-1].capital && v.toks[k+1].capital {
			continue
		}
		// "the pro-government daily Al-Watan": a hyphen inside the name.
		if v.nameHyphen(k, s, e) {
			continue
		}
		if !v.toks[k].capital || !v.toks[k].word {
			if k < e-1 && v.toks[k].has(cBody|cKindBeforeName) {
				return k + 1
			}
			break
		}
	}
	return s
}

// worksFor reads "who works for X", "who runs the clinic for X" in tokens
// [a, b): the named body X (capitalised), after the clause's last for, at
// or with.
func (v *view) worksFor(a, b int) (int, int, bool) {
	if !v.isOne(a, wWho) || !v.is(a+1, wWorks, wWorked, wRuns, wRan, wHeads, wHeaded, wLeads, wLed, wDirects, wDirected, wManages, wManaged, wCoordinates, wCoordinated) {
		return 0, 0, false
	}
	for k := b - 2; k > a+1; k-- {
		if !v.is(k, wFor, wAt, wWith) {
			continue
		}
		n := k + 1
		if v.toks[n].has(cDeterminer) {
			n++
		}
		if n < b && v.nameStart(n) {
			if s, e := v.npAfter(k+1, b); e > s {
				return s, e, true
			}
		}
		return 0, 0, false
	}
	// "who heads the monitoring group Clean Ballot Georgia": a body a
	// person leads is its object, when it names one.
	if v.is(a+1, wHeads, wHeaded, wLeads, wLed, wRuns, wRan, wDirects, wDirected) && v.isOne(a+2, wThe) {
		// "who directs the Darfur Bar Association's monitoring unit": a
		// unit of a named body is the body's, as its post is.
		for k := a + 4; k+1 < b && k <= a+10; k++ {
			if v.isOne(k, wApostrophe) && v.toks[k-1].capital && (v.isOne(k+1, wS) || !v.toks[k+1].capital) {
				if v.allCapitalised(a+3, k) {
					return a + 3, k, true
				}
				break
			}
		}
		// "who runs the MSF clinic in Adre": a place of work named by
		// the body that owns it, a name before a lower-case noun.
		if x, y := v.npAfter(a+3, b); y > x && v.toks[x].capital && !v.sentenceWord(x) {
			k := x
			for k < y && v.toks[k].capital && v.toks[k].word {
				k++
			}
			if k < y && k > x && v.toks[k].word && !v.toks[k].capital && (k+1 == y || v.toks[k+1].has(cPreposition)) {
				return x, k, true
			}
		}
		if x, y := v.npAfter(a+2, b); y == b && v.toks[y-1].capital {
			return x, y, true
		}
	}
	return 0, 0, false
}

// announcements are what a body issues with its figures in them.
var announcements = set("briefing briefings bulletin bulletins update updates statement statements communique snapshot dashboard")

// bodyNouns are kinds of organisation.
var bodyNouns = set("group firm agency charity organisation organization company network service broadcaster body ngo outlet " +
	"commission council ministry office authority committee tracker monitor observatory project society societies federation administration department directorate bank headquarters")

// roleIn reads "a monitor with X", "an adviser to X" in tokens [a, b): the
// named body X.
func (v *view) roleIn(a, b int) (int, int, bool) {
	if !v.is(a, wA, wAn) {
		return 0, 0, false
	}
	for k := a + 1; k < b && k <= a+4; k++ {
		t := &v.toks[k]
		if v.is(k, wWith, wFor, wAt, wOf, wTo) {
			// "a nurse at Nasser Hospital" is a witness at a place; "an
			// emergency doctor with MSF" works for it.
			// ("a forensic official at Nasser hospital" speaks in role:
			// see inRoleAt.)
			if (personNoun(v.toks[k-1].low) || clinicians[v.toks[k-1].low]) && !v.is(k, wWith, wFor) && !inRoleAt[v.toks[k-1].low] || k == a+1 {
				return 0, 0, false
			}
			// "Ahmed Bashir, a volunteer with the Emergency Response
			// Rooms": one volunteer speaks for himself (convention 1).
			if ownVoices[v.toks[k-1].low] {
				return 0, 0, false
			}
			n := k + 1
			if n < b && v.toks[n].has(cDeterminer) {
				n++
			}
			if n < b && v.toks[n].capital {
				if x, y := v.npAfter(k+1, b); y > x {
					return x, y, true
				}
			}
			return 0, 0, false
		}
		if !t.word || t.capital {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// ownVoice reports whether the apposition [a, b) opens with one person of
// ownVoices: "a volunteer with X", "a local volunteer for X".
func (v *view) ownVoice(a, b int) bool {
	if !v.is(a, wA, wAn) {
		return false
	}
	for k := a + 1; k < b && k <= a+3; k++ {
		if ownVoices[v.toks[k].low] {
			return true
		}
		if t := &v.toks[k]; !t.word || t.capital {
			return false
		}
	}
	return false
}

// ownVoices are one person who, named, speaks for herself whatever body
// she is with: a volunteer, a resident, a witness.
var ownVoices = set("volunteer resident witness survivor eyewitness")

// findingsIn reports whether tokens [a, b) hold a findings noun.
func (v *view) findingsIn(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].has(cFindingNoun) && !v.inName(k) {
			return true
		}
	}
	return false
}

func (c *call) claimant(v *view, s, e int, id string) Claimant {
	for s < e-1 && v.toks[s].has(cDeterminer) {
		s++
	}
	s = v.afterTimePhrase(s, e)
	// "Dr Rafiq Nasser, director of the Kamal Adwan hospital in Beit
	// Lahia", "a spokesman for Al-Aqsa Martyrs Hospital in Deir al-Balah":
	// a proper name's place is cut however the name was reached. A name
	// of one or two words is a kind most places have ("the Civil Defence
	// in Gaza") unless an institution closes it; a subject's such name
	// was cut by namePlace before it came here.
	if k := v.namePlace(s, e); id == "" && k < e && v.distinctName(s, k) {
		e = k
	}
	if id == "" {
		e = v.nameAt(s, e)
	}
	// "the rescue group known as the White Helmets": the name it is known
	// by.
	if a, b, ok := v.knownAs(e); ok && id == "" {
		s, e = a, b
	}
	if n, ok := v.properAfterPlace(s, e); ok && id == "" {
		s = n
	}
	// "the Armed Conflict Location & Event Data Project (ACLED)": a name
	// given with its initials is known by them.
	if x, y, ok := v.shortNameAt(s, e); ok && id == "" && v.named(s, e) {
		s, e = x, y
	}
	// "A review by the Meridian of 412 statements": a link word the
	// phrase stopped after is not the name's.
	for e > s+1 && !v.toks[e-1].capital && v.is(e-1, wOf, wFor, wAnd) {
		e--
	}
	if id == "" {
		// "the New York-based Committee to Protect Journalists".
		s = v.afterBasedPlace(s, e)
		s = v.kindBeforeName(s, e)
		// "the pro-democracy Wad Madani Resistance Committee": the name,
		// not what describes it.
		s = v.nameAfterDescriptor(s, e)
		// "the White Helmets rescue group": the name, not its kind.
		e = v.nameBeforeDescriptor(s, e)
		// "regional governor Oleh Kiper", "President Tayyip Erdogan": the
		// holder's name.
		if n, ok := v.holderName(s, e); ok {
			s = n
		} else if n, ok := v.titledHolder(s, e); ok {
			// "Health director-general Dr Azlan Harun".
			s = n
		}
	}
	// "according to the ministry's statement" read down to its owner: the
	// owner's possessive ending is not its name ("it's" is no possessive).
	if e > s+2 && v.isOne(e-1, wS) && v.isOne(e-2, wApostrophe) && !v.toks[e-1].space && !v.toks[e-3].has(cPronoun) {
		e -= 2
	}
	// "The IMF itself concedes": a reflexive stresses who, and is no
	// part of the name.
	if e > s+1 && v.is(e-1, wItself, wThemselves) {
		e--
	}
	// "The ministry here tells us": where a body is, not its name; "a
	// doctor there" is the person who saw.
	for e > s+1 && v.is(e-1, wHere, wThere) && !agentNoun(v.toks[e-2].low) {
		e--
	}
	words, bs, be := v.span(c.d.Text, s, e)
	return Claimant{ID: id, Words: words, Start: bs, End: be, How: InSentence}
}

// ownReporters are an outlet's people who report what they see.
var ownReporters = set("reporters correspondents journalists reporter correspondent team teams crew crews")

// reduce narrows a source phrase to the claimant it stands for: the owner
// of a findings noun ("A Ledger analysis" → Ledger, "Our own count" →
// Our), the organisation a spokesman speaks for ("a civil defence
// spokesman" → civil defence, "Researchers at X" → X, "Dr Hana Mourad of
// X" → X).
func (v *view) reduce(s, e int) (int, int) {
	// "White Helmets volunteers working in Jindires": a participle and
	// its complement after a people noun describe the claimant and are
	// not part of its name.
	for k := s + 1; k+1 < e; k++ {
		t := &v.toks[k]
		if p := v.toks[k-1].low; !t.capital && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && (agentNoun(p) || bodyNouns[singular(p)]) &&
			(v.toks[k+1].has(cPreposition) || v.toks[k+1].has(cDeterminer)) {
			e = k
			break
		}
	}
	if x, y, ok := v.peopleAfterNamed(s, e); ok {
		return x, y
	}
	if x, y, ok := v.officialIn(s, e); ok {
		return x, y
	}
	// "the Kiel Institute for the World Economy's tracker": a named
	// body's publication is its findings (possessed.go).
	if x, y, ok := v.publicationOwner(s, e); ok {
		return x, y
	}
	if x, y, ok := v.documentOwner(s, e); ok {
		return x, y
	}
	// "Our reporters in Deir al-Balah counted 19 bodies": the outlet's
	// own people counting where they are are the outlet, written "Our"
	// (convention 8); whom they relay is read before this (see relayed).
	// ("Our reporter in Khan Younis says ..." keeps its phrase.)
	if v.is(s, wOur, wMy) && (s+3 < e && v.is(s+2, wIn, wAt) || v.ownCounters(s, e)) && ownReporters[v.toks[s+1].low] && e < len(v.toks) && strings.HasPrefix(v.toks[e].low, "count") {
		return s, s + 1
	}
	// "Our own reporters have confirmed 142 deaths", "My own colleagues
	// verified 12": "own" says the outlet's people, in the plural, found
	// the figure themselves, and they are the outlet (convention 3). One
	// reporter somewhere keeps her phrase, as above.
	if v.is(s, wOur, wMy) && v.isOne(s+1, wOwn) && e == s+3 {
		if w := v.toks[s+2].low; strings.HasSuffix(w, "s") && (ownReporters[w] || peopleAt[w]) {
			return s, s + 1
		}
	}
	// "Rescuers here", "Doctors there": where people are is not who; one
	// witness keeps her phrase ("a doctor there", convention 1).
	if e-s > 1 && v.is(e-1, wHere, wThere) && strings.HasSuffix(v.toks[e-2].low, "s") {
		e--
	}
	for k := s; k < e; k++ {
		t := &v.toks[k]
		w := t.low
		// "an MSF surgeon at Nasser hospital", "IRC FIELD COORDINATOR": a
		// body's initials before one of its people speak for it.
		if x, ok := v.initialsBefore(s, k, e); ok {
			return x, x + 1
		}
		// "AFAD chief Orhan Tatar": a body's post before its holder's name.
		if x, ok := v.initialsPostName(s, k, e); ok {
			return x, x + 1
		}
		// "The head of the emergency ward here at Nasser hospital": a
		// unit's post speaks for the named body, its place cut.
		if k <= s+2 && t.post() && !t.capital && v.isOne(k+1, wOf) && k+2 < e {
			if p, q, ok := v.unitAt(k+2, e); ok {
				return p, v.namePlace(p, q)
			}
		}
		// "The head of Mexico's National Search Commission": a post of a
		// body named with its kind speaks for the body (convention 8).
		if k <= s+1 && t.post() && !t.capital && v.isOne(k+1, wOf) && (k == s || v.toks[s].has(cDeterminer)) {
			if p, q, ok := v.postOfNamed(s, e); ok && q == e && v.toks[q-1].capital && nameKind(strings.ToLower(v.toks[q-1].low)) {
				return p, q
			}
		}
		// "the emergency department at Al-Aqsa Martyrs Hospital": a unit
		// of a named body is the body, as its post is.
		if k > s && k <= s+3 && v.isOne(k+1, wAt) && unitNouns[w] {
			if p, q, ok := v.unitAt(s, e); ok {
				return p, v.namePlace(p, q)
			}
		}
		// "the KPU's official recapitulation of votes", "the Central
		// Election Commission's own protocols": what a body calls its own
		// is its findings, whatever the noun.
		if x, y, ok := v.ownDocument(s, k, e); ok {
			return x, y
		}
		// "a civil defence officer": the body she serves (member.go).
		if x, y, ok := v.bodyOfficer(s, k, e); ok {
			return x, y
		}
		// "Staff at Nasser hospital", "Election monitors from the OSCE":
		// people of a named body speak for it.
		if x, y, ok := v.peopleOfNamed(s, k, e); ok {
			return x, y
		}
		if t.has(cFindingNoun) && k > s && !v.inName(k) && !v.nounModifier(k, e) {
			// "figures from X", "an exit poll for X": the phrase after is
			// the source.
			if v.is(k+1, wFrom, wBy, wFor) && k+2 < e {
				return k + 2, v.workMaker(k, e)
			}
			if a, b, ok := v.owner(k, s); ok {
				return a, b
			}
		}
		if t.has(cFindingNoun) && k == s && v.is(k+1, wFrom, wBy, wOf, wFor) && k+2 < e {
			return k + 2, v.workMaker(k, e)
		}
		// "Volunteers with the Khartoum emergency rooms", "an official
		// with the Egyptian Red Crescent": "with" or "for" after a body's
		// people ties them to the body it names, which speaks.
		// ("Medics from Khan Younis" are people from a place, no body's:
		// see placename.go.)
		if (t.has(cFieldPeople) || t.has(cStaff)) && v.is(k+1, wWith, wFor, wOf, wFrom) && k+2 < e && (k == s || k == s+1 && v.toks[s].has(cDeterminer)) && v.named(k+2, e) && !v.placeName(k+2, e) {
			return k + 2, e
		}
		// "AFAD teams", "Red Crescent volunteers": a body's people in the
		// field speak for it.
		// ("The Darfur Medics Collective": one capitalised after a
		// capital is inside the name; "Palestinian medics", "Turkish and
		// Syrian rescuers" are people of no named body.)
		if t.has(cFieldPeople) && k > s && v.named(s, k) && !v.peoplesOnly(s, k) && !(s == 0 && k == 1 && !v.toks[0].shouted) && !(t.capital && !t.shouted && v.toks[k-1].capital) {
			return s, k
		}
		// "the agency's chief", "Save the Children's regional director",
		// "MSF's emergency coordinator for Sudan": a body's post speaks
		// for the body.
		if b, ok := v.postOf(s, k, e); ok {
			return s, b
		}
		if k == s {
			if b, ok := v.postBeforeName(s, e); ok {
				return s, b
			}
		}
		if t.has(cStaff) && w != "official" && w != "officials" && w != "director" && w != "envoy" {
			// "Analysts for the Meridian" speak for it; "Staff at al-Aqsa
			// hospital" and "researchers at Oregon State University" are
			// people at a place.
			// (Convention: "researchers at Oregon State University" are
			// kept whole, as people at a place are: see the corpus README.)
			if v.is(k+1, wFor, wOf, wWith) && k+2 < e {
				return k + 2, e
			}
			// "a civil defence spokesman", "the military's chief
			// spokesman" speak for the body; "Airwars researchers" are
			// the claimant themselves (an alias in them still names it).
			if !strings.HasPrefix(w, "spokes") {
				continue
			}
			m := k
			for m > s && v.is(m-1, wChief, wSenior, wRegional, wDeputy, wTop, wPress, wMilitary, wMain, wLead) {
				m--
			}
			if m > s && !(m == s+1 && v.toks[s].has(cDeterminer)) {
				b := m
				if v.isOne(b-1, wS) && v.isOne(b-2, wApostrophe) {
					b -= 2
				} else if v.isOne(b-1, wApostrophe) {
					b--
				}
				if b > s {
					return s, b
				}
			}
		}
	}
	// "A rescuer from the Ahbap volunteer group", "a source in the SBU
	// security service": a person of a body speaks for it.
	if x, y, ok := v.personOfBody(s, e); ok {
		return x, y
	}
	// "AFAD's latest briefing", "the Red Crescent's evening bulletin": an
	// announcement is its owner's, as findings are.
	if e-s > 2 && announcements[v.toks[e-1].low] {
		if a, b, ok := v.owner(e-1, s); ok {
			return a, b
		}
	}
	// "A government media office statement said": the office.
	if e-s > 2 && v.is(e-1, wStatement, wBulletin, wCommunique, wCommuniqueAccent) {
		return s, e - 1
	}
	// "Munir Hasan of the White Helmets": a named person of a body.
	if e-s > 3 && !v.toks[s].has(cDeterminer) && v.toks[s].capital && v.toks[s+1].capital && v.isOne(s+2, wOf) && (v.toks[s+3].capital || v.toks[s+3].has(cDeterminer)) && s > 0 && !v.sentenceWord(s) {
		return s + 3, e
	}
	// "Dr Hana Mourad of Médecins Sans Frontières": a titled person of an
	// organisation.
	if v.is(s, wDr, wMr, wMrs, wMs, wProf, wProfessor) {
		for k := s + 1; k < e-1; k++ {
			if v.is(k, wOf, wFrom, wAt) && v.toks[k+1].capital {
				return k + 1, e
			}
		}
	}
	return s, e
}

// nounModifier reports whether the findings noun at k modifies a body or
// people after it in the phrase ending at e ("the country's statistics
// agency", "survey teams"): the phrase's head is later, and the noun is
// not findings of its own ("its tally sheets" still are).
func (v *view) nounModifier(k, e int) bool {
	if k+1 >= e {
		return false
	}
	n := &v.toks[k+1]
	return n.word && !n.capital && (bodyNouns[n.low] || agentNoun(n.low))
}

// description reports whether the apposition [a, b), reduced to [rs, re),
// only describes the name beside it: lower-case words of a kind ("the
// medical charity working in Darfur"), no post or person who would speak
// for a body ("the military's chief spokesman").
func (v *view) description(a, b, rs, re int) bool {
	if rs > a+1 || v.anyCapital(rs, re) {
		return false
	}
	for k := a; k < b; k++ {
		if v.toks[k].post() || personNoun(v.toks[k].low) {
			return false
		}
	}
	return true
}
