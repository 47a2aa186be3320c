package claimant

import "strings"

// Reading a source phrase one word at a time: a body's initials, post,
// unit or own document before one of its people, and a staff word that
// speaks for the body or the office.

// reduceAt is reduceSpan's reading of the word at k of the phrase [s, e):
// the claimant the word makes the phrase stand for, if any.
func (v *view) reduceAt(s, e, k int) (int, int, bool) {
	t := &v.toks[k]
	w := t.low
	// "an MSF surgeon at Nasser hospital", "IRC FIELD COORDINATOR": a
	// body's initials before one of its people speak for it.
	if k > s && t.word && !t.has(cOffice) && (t.has(cPeople) || t.post() || t.learnedCalling()) {
		if x, ok := v.initialsBefore(s, k, e); ok {
			return x, x + 1, true
		}
	}
	// "AFAD chief Orhan Tatar": a body's post before its holder's name.
	if (k == s+1 || k == s+2) && t.word {
		if x, ok := v.initialsPostName(s, k, e); ok {
			return x, x + 1, true
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
			return x, y, true
		}
	}
	// "The head of the emergency ward here at Nasser hospital": a
	// unit's post speaks for the named body, its place cut.
	if k <= s+2 && t.post() && !t.capital && v.isOne(k+1, wOf) && k+2 < e {
		if p, q, ok := v.unitAt(k+2, e); ok {
			return p, v.namePlace(p, q), true
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
			return p, q, true
		}
	}
	// "the head of Action Against Hunger's Sudan office": the
	// organisation (postofoffice.go).
	if k <= s+1 && (k == s || v.toks[s].has(cDeterminer)) {
		if p, q, ok := v.postOfOffice(s, k, e); ok {
			return p, q, true
		}
	}
	if k == s {
		if p, ok := v.titledPostOfNamed(s, k, e); ok {
			return p, e, true
		}
	}
	// "the emergency department at Al-Aqsa Martyrs Hospital": a unit
	// of a named body is the body, as its post is.
	if k > s && k <= s+3 && v.isOne(k+1, wAt) && unitNouns[w] {
		if p, q, ok := v.unitAt(s, e); ok {
			return p, v.namePlace(p, q), true
		}
	}
	// "the KPU's official recapitulation of votes", "the Central
	// Election Commission's own protocols": what a body calls its own
	// is its findings, whatever the noun.
	if t.id == wOwn || t.id == wOfficial {
		if x, y, ok := v.ownDocument(s, k, e); ok {
			return x, y, true
		}
	}
	// "a civil defence officer": the body she serves (member.go).
	if t.id == wOfficer {
		if x, y, ok := v.bodyOfficer(s, k, e); ok {
			return x, y, true
		}
	}
	// "Staff at Nasser hospital", "Election monitors from the OSCE":
	// people of a named body speak for it.
	if k <= s+2 {
		if x, y, ok := v.peopleOfNamed(s, k, e); ok {
			return x, y, true
		}
		// "an engineer at Ukrenergo": one of its staff (onestaff.go).
		if x, y, ok := v.oneStaffOfNamed(s, k, e); ok {
			return x, y, true
		}
	}
	// "Statement from the National Disaster Operations Centre just
	// in": an announcement opening the phrase bare, as a live blog
	// writes it, from a named body, is the body's (with a determiner,
	// below).
	if t.has(cAnnouncement) && k == s && v.isOne(k+1, wFrom) && k+3 <= e && v.anyCapital(k+2, e) {
		x, y := v.makerPhrase(k, e)
		return x, y, true
	}
	if t.has(cFindingNoun) && k > s && !v.inName(k) && !v.nounModifier(k, e) && !v.makerNameHead(k) {
		// "figures from X", "an exit poll for X": the phrase after is
		// the source.
		// ("Ipsos's exit poll for the broadcasters": whom findings
		// are for gives way to their owner, who made them.)
		if v.is(k+1, wFrom, wBy, wFor) && k+2 < e {
			if a, b, ok := v.owner(k, s); ok && v.isOne(k+1, wFor) {
				return a, b, true
			}
			x, y := v.makerPhrase(k, e)
			return x, y, true
		}
		if a, b, ok := v.owner(k, s); ok {
			return a, b, true
		}
	}
	if t.has(cFindingNoun) && k == s && v.is(k+1, wFrom, wBy, wOf, wFor) && k+2 < e {
		x, y := v.makerPhrase(k, e)
		return x, y, true
	}
	// "according to a statement from the Directorate General of Civil
	// Protection", "a bulletin by the fire service said": an
	// announcement is its maker's, as findings from or by a body are
	// (convention 8: the body, not its document).
	// ("A press release from Haldane Motors said": a press release is
	// one, "press" its modifier.)
	if (k == s+1 && t.has(cAnnouncement) || k == s+2 && v.pressRelease(k)) && t.word && !t.capital && v.toks[s].has(cDeterminer) && !v.toks[s].poss && v.is(k+1, wFrom, wBy) && k+2 < e {
		x, y := v.makerPhrase(k, e)
		return x, y, true
	}
	// "the latest census by Bruss'help", "a new headcount by
	// Samusocial": any work after a determiner and findings
	// modifiers, with its maker named after "by", is the maker's,
	// as findings by a body are.
	if v.workByName(s, k, e) {
		x, y := v.makerPhrase(k, e)
		return x, y, true
	}
	// "Per the latest from BMKG": "the latest" from a source is its
	// news, as an update from it is (latestfrom.go newsFrom), in a
	// frame as after a verb.
	// ("Per the latest from Wimbledon": one capitalised word that no
	// alias names and no initials spell is a place the news is about.)
	if v.isOne(k, wLatest) && (k == s || k == s+1 && v.isOne(s, wThe)) && v.isOne(k+1, wFrom) && k+2 < e && (v.toks[k+2].capital || v.toks[k+2].has(cDeterminer)) {
		if n := &v.toks[k+2]; e-(k+2) > 1 || n.shouted || n.aliases != 0 {
			return k + 2, e, true
		}
	}
	// "Volunteers with the Khartoum emergency rooms", "an official
	// with the Egyptian Red Crescent": "with" or "for" after a body's
	// people ties them to the body it names, which speaks.
	// ("Medics from Khan Younis" are people from a place, no body's:
	// see placename.go.)
	if (t.has(cFieldPeople) || t.has(cStaff)) && v.is(k+1, wWith, wFor, wOf, wFrom) && k+2 < e && v.staffOpens(s, k) && v.named(k+2, e) && !v.placeName(k+2, e) {
		return k + 2, e, true
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
			return s, x, true
		}
	}
	// ("Reuters correspondents counted": teamplace.go.)
	if (t.has(cFieldPeople) || v.outletReporters(k)) && k > s && v.named(s, k) && !v.peoplesOnly(s, k) && !(s == 0 && k == 1 && !v.toks[0].shouted) && !(t.capital && !t.shouted && v.toks[k-1].capital) {
		return s, v.ownerOfTeam(s, k), true
	}
	// "Egyptian Red Crescent officials": namedofficials.go.
	if !t.capital && len(w) >= len("worker") && len(w) <= len("employees") && v.namedBodyOfficials(s, k) {
		return s, k, true
	}
	// "the agency's chief", "Save the Children's regional director",
	// "MSF's emergency coordinator for Sudan": a body's post speaks
	// for the body.
	if k > s && !t.capital && t.post() {
		if b, ok := v.postOf(s, k, e); ok {
			return s, b, true
		}
	}
	// "the canal authority chief said", "– canal authority chief": the
	// head of a body named by its kind in lower case speaks for it,
	// as "a civil defence spokesman" does (convention 1); an office
	// of government or command ("the police chief") is no body's.
	if k == e-1 && k > s && !t.capital && headPostIDs.has(&t.spelling) {
		if p := &v.toks[k-1]; p.word && !p.capital && !p.poss && bodyNounIDs.has(&p.spelling) && !p.has(cGovernment) && !(k-1 == s || k-2 == s && v.toks[s].has(cDeterminer)) {
			return s, k, true
		}
	}
	if k == s {
		if b, ok := v.postBeforeName(s, e); ok {
			return s, b, true
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
			return k + 2, e, true
		}
		// "a civil defence spokesman", "the military's chief
		// spokesman", "the Prime Minister's official spokesman"
		// speak for the body or the office; "Airwars researchers" are
		// the claimant themselves (an alias in them still names it).
		if !spokesWord(w) {
			return 0, 0, false
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
				return s, b, true
			}
		}
	}
	return 0, 0, false
}
