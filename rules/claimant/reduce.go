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
	// body's publication is its findings (ownedpublication.go).
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
	// it owns (ownedpublication.go).
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
	// ("Ambulance staff here": a body's people named by a plural
	// without -s are people too; "a member of staff there" is one.)
	if e-s > 1 && v.is(e-1, wHere, wThere) && (strings.HasSuffix(v.toks[e-2].low, "s") || v.toks[e-2].has(cPeopleAt) && !v.is(s, wA, wAn) && v.toks[s].low != "one") {
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
		if x, y, ok := v.reduceAt(s, e, k); ok {
			return x, y
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
