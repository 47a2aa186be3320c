package claimant

import "strings"

// Narrowing a source phrase to the body or person it stands for.

// ownReporters are an outlet's people who report what they see.
var ownReporters = set("reporters correspondents journalists reporter correspondent producer producers stringer stringers team teams crew crews")

// reduce narrows a source phrase to the claimant it stands for: the owner
// of a findings noun ("A Ledger analysis" → Ledger, "Our own count" →
// Our), the organisation a spokesman speaks for ("a civil defence
// spokesman" → civil defence, "Researchers at X" → X, "Dr Hana Mourad of
// X" → X).
//
// A figure's naming narrows its source phrase more than once (name, then
// pickResolved when the name is no configured body), so the view keeps
// its last answers: the view does not change once made. It keeps two, as
// what name narrows on the way (a claimant's span, a surname's
// introduction) would otherwise push out the phrase pickResolved narrows
// again.
func (v *view) reduce(s, e int) (int, int) {
	for i := range v.reduced {
		if r := &v.reduced[i]; r.set && r.s == s && r.e == e {
			return r.x, r.y
		}
	}
	x, y := v.reduceSpan(s, e)
	v.reduced[v.reducedNext] = reducedSpan{s: s, e: e, x: x, y: y, set: true}
	v.reducedNext = (v.reducedNext + 1) % uint8(len(v.reduced))
	return x, y
}

// reducedSpan is a phrase [s, e) reduce narrowed to [x, y).
type reducedSpan struct {
	s, e, x, y int
	set        bool
}

// reduceSpan is reduce, worked out.
func (v *view) reduceSpan(s, e int) (int, int) {
	// "The first estimate, from the Danish Refugee Council, puts ...":
	// "from" or "by" opening an aside after a comma says whose the
	// figure is and is no word of the source.
	// ("by contrast": an aside of manner, no source's.)
	if e-s > 1 && s > 0 && !v.toks[s].capital && v.is(s, wFrom, wBy) && v.opensPresented(s+1) && v.comma(s-1) {
		s++
	}
	// "Water Board officials said": the board (kindofficials.go).
	if x, y, ok := v.kindOfficials(s, e); ok {
		return x, y
	}
	// "A friend who volunteers at a camp outside Tawila": the people of a
	// relative clause are what the person does, not who speaks; the
	// person before "who" is narrowed alone (whosubject.go).
	for k := s + 1; k < e; k++ {
		if v.isOne(k, wWho) && !v.toks[k].capital {
			if x, y := v.reduce(s, k); x > s || y < k {
				return x, y
			}
			return s, e
		}
	}
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
	// "the press service of the Poltava regional military
	// administration": a body's press service speaks for the body
	// (pressservice.go).
	if x, ok := v.pressServiceOf(s, e); ok {
		return x, e
	}
	// "the football federation's media office": pressservice.go.
	if x, y, ok := v.pressServiceOwned(s, e); ok {
		return x, y
	}
	// "A Qatari diplomat briefed on the talks": see participleAfterDemonym.
	e = v.participleAfterDemonym(s, e)
	// "Two officials with knowledge of the talks": see knowledge.go.
	e = v.knowledgeCut(s, e)
	if x, y, ok := v.peopleAfterNamed(s, e); ok {
		return x, y
	}
	// "Uganda Revenue Authority customs officers at the border":
	// staffofnamed.go.
	if x, y, ok := v.staffOfNamed(s, e); ok {
		return x, y
	}
	// "Turkish Red Crescent president Fatih Ozer": the body
	// (bodypresident.go).
	if x, y, ok := v.presidentBody(s, e); ok {
		return x, y
	}
	// "Datu Piang Central School principal Norhaida Mamalapat": the
	// school (institutionperson.go).
	if x, y, ok := v.institutionPerson(s, e); ok {
		return x, y
	}
	// "Gaza City resident Ahmed Nasser", "Nobel Peace Prize winner
	// Malala Yousafzai": see describedPerson.
	if x, ok := v.describedPerson(s, e); ok {
		return x, e
	}
	if x, y, ok := v.officialIn(s, e); ok {
		return x, y
	}
	// "A Venstre official in Aarhus", "The ANC's secretary general":
	// officialplace.go.
	if x, y, ok := v.officialPlaced(s, e); ok {
		return x, y
	}
	if x, y, ok := v.generalPost(s, e); ok {
		return x, y
	}
	// "the Red Cross's president": a named organisation's head speaks
	// for it (held.go organisationsOffice).
	if x, y, ok := v.organisationsOffice(s, e); ok {
		return x, y
	}
	// "the Kiel Institute for the World Economy's tracker": a named
	// body's publication is its findings (possessed.go).
	if x, y, ok := v.publicationOwner(s, e); ok {
		return x, y
	}
	// "the Chamber of Shipping's latest submission": latestwork.go.
	if x, y, ok := v.latestWorkOwner(s, e); ok {
		return x, y
	}
	// "the civil defence's Telegram channel": a body's own channel
	// speaks as the body (medium.go).
	if x, y, ok := v.channelOwner(s, e); ok {
		return x, y
	}
	// "the U.S. Geological Survey's loss model": so is a compound noun
	// it owns (possessed.go).
	if x, y, ok := v.compoundOwner(s, e); ok {
		return x, y
	}
	if x, y, ok := v.documentOwner(s, e); ok {
		return x, y
	}
	// "the daily briefing of the Russian Defense Ministry", "the Kiel
	// Institute's Ukraine Support Tracker" (findingsof.go).
	if x, y, ok := v.findingsOfNamed(s, e); ok {
		return x, y
	}
	if x, y, ok := v.titledWorkOwner(s, e); ok {
		return x, y
	}
	// "Our reporters in Deir al-Balah counted 19 bodies": the outlet's
	// own people counting where they are are the outlet, written "Our"
	// (convention 8); whom they relay is read before this (see relayed).
	// ("Our reporter in Khan Younis says ..." keeps its phrase.)
	if v.is(s, wOur, wMy) && (s+3 < e && v.is(s+2, wIn, wAt) || v.ownCounters(s, e)) && ownPeople(v.toks[s+1].low) && v.countsAfter(e) {
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
	// "San Miguel Corporation's tollways unit": the body (unitowner.go).
	if x, y, ok := v.unitOwner(s, e); ok {
		return x, y
	}
	// "the IRC's Chad mission": the organisation (postofoffice.go).
	if x, y, ok := v.officeOwner(s, e); ok {
		return x, y
	}
	// "regional head Serhiy Koval", "Kyiv city military administration
	// head Tymofiy Hrytsai": an office of government before its holder's
	// name is held by the name (orghead.go).
	if n, ok := v.officeHeadName(s, e); ok {
		return n, e
	}
	for k := s; k < e; k++ {
		t := &v.toks[k]
		w := t.low
		// "an MSF surgeon at Nasser hospital", "IRC FIELD COORDINATOR": a
		// body's initials before one of its people speak for it.
		if k > s && t.word && !t.has(cOffice) && (t.has(cPeople) || t.post() || t.learnedCalling()) {
			if x, ok := v.initialsBefore(s, k, e); ok {
				return x, x + 1
			}
		}
		// "AFAD chief Orhan Tatar": a body's post before its holder's name.
		if (k == s+1 || k == s+2) && t.word {
			if x, ok := v.initialsPostName(s, k, e); ok {
				return x, x + 1
			}
		}
		// "Turkish Red Crescent head Fatma Meric Yilmaz": the same after
		// a body's name (bodypost.go).
		// ("Central Bank of Kenya Governor Peter Wairimu": a titled post
		// after an organisation's name, bodypost.go.)
		// (The post is asked first: the words before are walked only
		// for a post, not for every capitalised word of the phrase.)
		if k > s && t.word && (w == "president" || t.post()) && (!t.capital || k-s >= 2 && v.organisationBefore(s, k)) {
			if x, y, ok := v.namedBodyPost(s, k, e); ok {
				return x, y
			}
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
		// "said Head of the West Sumatra BPBD, Rudy Rinaldy": a body
		// named by its place and initials is named as one closing on its
		// kind, and a post opening the phrase in capitals, as a title is
		// written, is the same post (postofinitials.go).
		// ("the president of the Union of Olive Growers of Crete": a body
		// named by its kind before its of-phrases, bodypresident.go.)
		if k <= s+1 && (t.post() || w == "president" && !v.legislatureIn(k+2, e)) && !t.capital && v.isOne(k+1, wOf) && (k == s || v.toks[s].has(cDeterminer)) {
			if p, q, ok := v.postOfNamed(s, e); ok && q == e && v.toks[q-1].capital && (nameKind(strings.ToLower(v.toks[q-1].low)) || v.placedInitials(p, q) || v.presidentOfBody(p, q)) {
				return p, q
			}
		}
		// "the head of Action Against Hunger's Sudan office": the
		// organisation (postofoffice.go).
		if k <= s+1 && (k == s || v.toks[s].has(cDeterminer)) {
			if p, q, ok := v.postOfOffice(s, k, e); ok {
				return p, q
			}
		}
		if k == s {
			if p, ok := v.titledPostOfNamed(s, k, e); ok {
				return p, e
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
		if t.id == wOwn || t.id == wOfficial {
			if x, y, ok := v.ownDocument(s, k, e); ok {
				return x, y
			}
		}
		// "a civil defence officer": the body she serves (member.go).
		if t.id == wOfficer {
			if x, y, ok := v.bodyOfficer(s, k, e); ok {
				return x, y
			}
		}
		// "Staff at Nasser hospital", "Election monitors from the OSCE":
		// people of a named body speak for it.
		if k <= s+2 {
			if x, y, ok := v.peopleOfNamed(s, k, e); ok {
				return x, y
			}
			// "an engineer at Ukrenergo": one of its staff (onestaff.go).
			if x, y, ok := v.oneStaffOfNamed(s, k, e); ok {
				return x, y
			}
		}
		// "Statement from the National Disaster Operations Centre just
		// in": an announcement opening the phrase bare, as a live blog
		// writes it, from a named body, is the body's (with a determiner,
		// below).
		if t.has(cAnnouncement) && k == s && v.isOne(k+1, wFrom) && k+3 <= e && v.anyCapital(k+2, e) {
			return v.makerPhrase(k, e)
		}
		if t.has(cFindingNoun) && k > s && !v.inName(k) && !v.nounModifier(k, e) && !v.makerNameHead(k) {
			// "figures from X", "an exit poll for X": the phrase after is
			// the source.
			// ("Ipsos's exit poll for the broadcasters": whom findings
			// are for gives way to their owner, who made them.)
			if v.is(k+1, wFrom, wBy, wFor) && k+2 < e {
				if a, b, ok := v.owner(k, s); ok && v.isOne(k+1, wFor) {
					return a, b
				}
				return v.makerPhrase(k, e)
			}
			if a, b, ok := v.owner(k, s); ok {
				return a, b
			}
		}
		if t.has(cFindingNoun) && k == s && v.is(k+1, wFrom, wBy, wOf, wFor) && k+2 < e {
			return v.makerPhrase(k, e)
		}
		// "according to a statement from the Directorate General of Civil
		// Protection", "a bulletin by the fire service said": an
		// announcement is its maker's, as findings from or by a body are
		// (convention 8: the body, not its document).
		if k == s+1 && t.word && !t.capital && t.has(cAnnouncement) && v.toks[s].has(cDeterminer) && !v.toks[s].poss && v.is(k+1, wFrom, wBy) && k+2 < e {
			return v.makerPhrase(k, e)
		}
		// "the latest census by Bruss'help", "a new headcount by
		// Samusocial": any work after a determiner and findings
		// modifiers, with its maker named after "by", is the maker's,
		// as findings by a body are.
		if v.workByName(s, k, e) {
			return v.makerPhrase(k, e)
		}
		// "Per the latest from BMKG": "the latest" from a source is its
		// news, as an update from it is (latestfrom.go newsFrom), in a
		// frame as after a verb.
		// ("Per the latest from Wimbledon": one capitalised word that no
		// alias names and no initials spell is a place the news is about.)
		if v.isOne(k, wLatest) && (k == s || k == s+1 && v.isOne(s, wThe)) && v.isOne(k+1, wFrom) && k+2 < e && (v.toks[k+2].capital || v.toks[k+2].has(cDeterminer)) {
			if n := &v.toks[k+2]; e-(k+2) > 1 || n.shouted || n.aliases != 0 {
				return k + 2, e
			}
		}
		// "Volunteers with the Khartoum emergency rooms", "an official
		// with the Egyptian Red Crescent": "with" or "for" after a body's
		// people ties them to the body it names, which speaks.
		// ("Medics from Khan Younis" are people from a place, no body's:
		// see placename.go.)
		if (t.has(cFieldPeople) || t.has(cStaff)) && v.is(k+1, wWith, wFor, wOf, wFrom) && k+2 < e && v.staffOpens(s, k) && v.named(k+2, e) && !v.placeName(k+2, e) {
			return k + 2, e
		}
		// "AFAD teams", "Red Crescent volunteers": a body's people in the
		// field speak for it.
		// ("The Darfur Medics Collective": one capitalised after a
		// capital is inside the name; "Palestinian medics", "Turkish and
		// Syrian rescuers" are people of no named body.)
		// "the Met Office's climate scientists": people of learning are
		// a body's people as its teams are (scholarsof.go).
		// "Plan International's case workers": so are a named body's
		// workers after its possessive (member.go workersOwnerEnd).
		if t.word && !t.capital && k > s+1 {
			if x := min(v.scholarsOwnerEnd(s, k), v.workersOwnerEnd(s, k)); x < k && v.named(s, x) && !v.peoplesOnly(s, x) && !v.placeOwner(s, x) {
				return s, x
			}
		}
		// ("Reuters correspondents counted": teamplace.go.)
		if (t.has(cFieldPeople) || v.outletReporters(k)) && k > s && v.named(s, k) && !v.peoplesOnly(s, k) && !(s == 0 && k == 1 && !v.toks[0].shouted) && !(t.capital && !t.shouted && v.toks[k-1].capital) {
			return s, v.ownerOfTeam(s, k)
		}
		// "Egyptian Red Crescent officials": namedofficials.go.
		if !t.capital && len(w) >= len("worker") && len(w) <= len("employees") && v.namedBodyOfficials(s, k) {
			return s, k
		}
		// "the agency's chief", "Save the Children's regional director",
		// "MSF's emergency coordinator for Sudan": a body's post speaks
		// for the body.
		if k > s && !t.capital && t.post() {
			if b, ok := v.postOf(s, k, e); ok {
				return s, b
			}
		}
		// "the canal authority chief said", "– canal authority chief": the
		// head of a body named by its kind in lower case speaks for it,
		// as "a civil defence spokesman" does (convention 1); an office
		// of government or command ("the police chief") is no body's.
		if k == e-1 && k > s && !t.capital && headPostIDs.has(&t.spelling) {
			if p := &v.toks[k-1]; p.word && !p.capital && !p.poss && bodyNounIDs.has(&p.spelling) && !p.has(cGovernment) && !(k-1 == s || k-2 == s && v.toks[s].has(cDeterminer)) {
				return s, k
			}
		}
		if k == s {
			if b, ok := v.postBeforeName(s, e); ok {
				return s, b
			}
		}
		// ("The General Staff of the Armed Forces": a staff word
		// capitalised after a capitalised word is the name's own; in a
		// label's capitals, "ISRAELI SPOKESMAN", it is a post.)
		if t.has(cStaff) && w != "official" && w != "officials" && w != "director" && w != "envoy" && !(t.capital && !t.shouted && k > s && v.toks[k-1].word && v.toks[k-1].capital && !v.toks[k-1].has(cDeterminer)) {
			// "Analysts for the Meridian" speak for it; "Staff at al-Aqsa
			// hospital" and "researchers at Oregon State University" are
			// people at a place.
			// (Convention: "researchers at Oregon State University" are
			// kept whole, as people at a place are: see the corpus README.)
			if v.is(k+1, wFor, wOf, wWith) && k+2 < e {
				return k + 2, e
			}
			// "a civil defence spokesman", "the military's chief
			// spokesman", "the Prime Minister's official spokesman"
			// speak for the body or the office; "Airwars researchers" are
			// the claimant themselves (an alias in them still names it).
			if !spokesWord(w) {
				continue
			}
			m := k
			for m > s && v.is(m-1, wChief, wSenior, wRegional, wDeputy, wTop, wPress, wMilitary, wMain, wLead, wOfficial) {
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
	// "Gasunie's pipeline meter", "the Bundesbank's weekly reserve
	// sheet": a named owner's thing speaks as the owner (ownedthing.go).
	if x, y, ok := v.ownedThingOwner(s, e); ok {
		return x, y
	}
	// "A rescuer from the Ahbap volunteer group", "a source in the SBU
	// security service": a person of a body speaks for it.
	if x, y, ok := v.personOfBody(s, e); ok {
		return x, y
	}
	// "AFAD's latest briefing", "the Red Crescent's evening bulletin": an
	// announcement is its owner's, as findings are.
	if e-s > 2 && v.toks[e-1].has(cAnnouncement) {
		if a, b, ok := v.owner(e-1, s); ok {
			return a, b
		}
	}
	// "A government media office statement said": the office.
	if e-s > 2 && v.is(e-1, wStatement, wBulletin, wCommunique, wCommuniqueAccent) {
		return s, e - 1
	}
	// "Munir Hasan of the White Helmets": a named person of a body.
	// ("National Records of Scotland", "the Health Ministry of Kenya": no
	// person's name opens on a rank or closes on findings, and one
	// before a place is a body's. "London School of Hygiene", "Kyiv
	// Institute of Sociology": nor does one close on a body's kind.)
	if e-s > 3 && !v.toks[s].has(cDeterminer) && v.toks[s].capital && v.toks[s+1].capital && v.isOne(s+2, wOf) && (v.toks[s+3].capital || v.toks[s+3].has(cDeterminer)) && s > 0 && !v.sentenceWord(s) &&
		!v.toks[s].has(cRank) && !findingNouns[v.toks[s+1].low] && !v.toks[s+1].has(cBody) && !v.toks[s+1].has(cInstitution) && !nameKind(v.toks[s+1].low) && !v.placeName(s+3, e) {
		return s + 3, e
	}
	// "the Nasser Hospital morgue": a part of a named institution is the
	// institution (bodypart.go).
	if n := v.institutionBeforePart(s, e); n < e {
		return s, n
	}
	// "the IRC's Dr Amani Farah in Chad": a body's possessive before a
	// titled person says whose she is, as "of" does below.
	if x, y, ok := v.bodysTitled(s, e); ok {
		return x, y
	}
	// "Dr Hana Mourad of Médecins Sans Frontières", "Dr Abdullahi
	// Hussein of the Sudan Doctors' Union": a titled person of an
	// organisation.
	if v.is(s, wDr, wMr, wMrs, wMs, wProf, wProfessor) {
		for k := s + 1; k < e-1; k++ {
			if v.is(k, wOf, wFrom, wAt) && (v.toks[k+1].capital || k+2 < e && v.isOne(k+1, wThe) && v.toks[k+2].capital) {
				return k + 1, e
			}
		}
	}
	return s, e
}

// makerPhrase returns the phrase after the findings noun at k and its
// "from", "by", "of" or "for", which made them (workMaker): "data from the
// interior ministry's dashboard". A possessive in it is read as the
// phrase's own would be ("the ministry's dashboard" → the ministry, "the
// Danish Refugee Council's field monitors" → the council); only a phrase
// with one is narrowed again.
func (v *view) makerPhrase(k, e int) (int, int) {
	// "a poll for El País by Metroscopia", "a survey for this newspaper
	// by Sigma Dos": whom the work was made for gives way to its maker
	// named after it, as in "a poll by Gallup for a paper" (makerEnd).
	if m, ok := v.makerAfterFor(k, e); ok {
		k = m - 1
	}
	a, b := k+2, v.workMaker(k, e)
	for m := a + 1; m+1 < b; m++ {
		if v.isOne(m, wApostrophe) {
			return v.reduce(a, b)
		}
	}
	return a, b
}
