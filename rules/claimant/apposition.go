package claimant

import "github.com/claimtrack/claimtrack/rules/internal/wordform"

// Reading the words beside a name: the kind of body before it, whom a
// person works for or speaks for, and an apposition that only describes.

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
		// "the relief organisation Gift of the Givers": namelinks.go.
		if v.linkRunInName(k, s, e) {
			continue
		}
		// "the pro-government daily Al-Watan": a hyphen inside the name.
		if v.nameHyphen(k, s, e) {
			continue
		}
		// "the refugee charity Care4Calais": a number inside the name;
		// "the creditor association KSV1870": one closing it.
		if v.nameDigits(k, s, e) || v.gluedNumber(k, s) {
			continue
		}
		// "the shipping data firm Lloyd's List Intelligence": a
		// possessive between capitals inside the name.
		if v.possessiveInName(k, s, e) {
			continue
		}
		// ("Operator Fraport said": openingkind.go.)
		if k < e-1 && v.openingKind(k, e) {
			return k + 1
		}
		if !v.toks[k].capital || !v.toks[k].word {
			// ("broker Ashdown Grey": a trade, tradename.go.)
			if k < e-1 && (v.toks[k].has(cBody|cKindBeforeName) || v.kindOfNameBefore(k, e) || v.tradeBeforeName(k) || v.compoundKindBefore(k, s, e) || v.thinkTank(k) || v.partBeforeName(k)) {
				return k + 1
			}
			break
		}
	}
	return s
}

// thinkTank reports whether token k closes the compound "think tank",
// spaced or hyphenated: a kind of body whose head word alone ("tank")
// names a thing, so it is read with the word before it — "the economic
// think-tank TEPAV", "the think tank Bruegel" (README convention 8 drops
// such a kind in front of the name). claim116.
func (v *view) thinkTank(k int) bool {
	if v.toks[k].low != "tank" && v.toks[k].low != "tanks" {
		return false
	}
	j := k - 1
	if j >= 0 && v.toks[j].low == "-" {
		j--
	}
	return j >= 0 && v.toks[j].low == "think"
}

// worksFor reads "who works for X", "who runs the clinic for X" in tokens
// [a, b): the named body X (capitalised), after the clause's last for, at
// or with.
func (v *view) worksFor(a, b int) (int, int, bool) {
	if !v.isOne(a, wWho) {
		return 0, 0, false
	}
	return v.worksAfter(a, b)
}

// worksAfter reads the verb of working or running at a+1 and its object
// in tokens (a+1, b), as worksFor does after "who": a+1 may follow a
// person's name as the verb of her own sentence ("Lucía Paredes runs
// Oxfam's water programme", claim49).
func (v *view) worksAfter(a, b int) (int, int, bool) {
	if !v.is(a+1, wWorks, wWorked, wRuns, wRan, wHeads, wHeaded, wLeads, wLed, wDirects, wDirected, wManages, wManaged, wCoordinates, wCoordinated, wChairs, wChaired) {
		return 0, 0, false
	}
	leads := v.is(a+1, wHeads, wHeaded, wLeads, wLed, wRuns, wRan, wDirects, wDirected, wCoordinates, wCoordinated, wChairs, wChaired)
	// "who directs the shelter run by the Jesuit Refugee Service":
	// runsobject.go.
	if leads {
		if s, e, ok := v.runsRunBy(a+2, b); ok {
			return s, e, true
		}
	}
	for k := b - 2; k > a+1; k-- {
		if !v.is(k, wFor, wAt, wWith) {
			continue
		}
		// "who leads the Sudan Research Group at the London School":
		// the unit named in its own right (runsobject.go).
		if leads {
			if s, e, ok := v.runsNamedUnit(a+2, k); ok {
				return s, e, true
			}
		}
		n := k + 1
		// "who runs the emergency department at a Seoul university
		// hospital": an indefinite body is one of a kind, no body the
		// person speaks for by name; she keeps hers.
		if v.is(n, wA, wAn) {
			return 0, 0, false
		}
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
	// "who heads the monitoring group Clean Ballot Georgia", "who chairs
	// the Kenya Tea Growers Association": a body a person leads is its
	// object, when it names one.
	if v.is(a+1, wHeads, wHeaded, wLeads, wLed, wRuns, wRan, wDirects, wDirected, wCoordinates, wCoordinated, wChairs, wChaired) && (v.isOne(a+2, wThe) || a+2 < b && v.toks[a+2].capital) {
		// "who directs the Darfur Bar Association's monitoring unit",
		// "who coordinates Médecins Sans Frontières' work in North
		// Darfur": a unit or the work of a named body is the body's, as
		// its post is.
		n := a + 2
		if v.isOne(n, wThe) {
			n++
		}
		for k := n + 1; k+1 < b && k <= a+10; k++ {
			if v.isOne(k, wApostrophe) && v.toks[k-1].capital && (v.isOne(k+1, wS) || !v.toks[k+1].capital) {
				// ("who heads Mozambique's national disaster institute": a
				// place's possessive says whose the body is, and is none.)
				if v.allCapitalised(n, k) && !v.knownPlace(n, k) {
					return n, k, true
				}
				break
			}
		}
		if n == a+2 {
			return 0, 0, false
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
		// "who runs the Casa del Migrante shelter in Tapachula": a name
		// with its particles; "who runs the shelter in Pokrovsk": a
		// place of work and its town, no body (runsobject.go).
		if x, y, ok := v.runsNameBeforeKind(a+2, b); ok {
			return x, y, true
		}
		if x, y := v.npAfter(a+2, b); y == b && v.toks[y-1].capital && !v.runsPlaceOnly(x, y) {
			return x, y, true
		}
	}
	return 0, 0, false
}

// announcements are what a body issues with its figures in them.
var announcements = set("briefing briefings bulletin bulletins update updates statement statements communique snapshot dashboard")

// bodyNouns are kinds of organisation.
var bodyNouns = set("group firm agency charity organisation organization company corporation network service broadcaster body ngo outlet " +
	"commission council ministry office authority committee tracker monitor observatory project society societies federation association union administration department directorate bank headquarters" +
	// headline and ticker copy's short forms of a kind ("health dept
	// data show", "the fire dept says") are the kind.
	" dept depts" +
	// a state's mission abroad speaks for its state there ("Qatari
	// embassy", "the consulate in Jeddah"; claim118).
	" embassy consulate")

// workVerbs say a person is in post where the clause names: "who works
// at", "who volunteers with", in their finite forms.
var workVerbs = wordform.Set([]wordform.Verb{{Base: "work"}, {Base: "serve"}, {Base: "volunteer"}}, false, wordform.Finite)

// roleIn reads "a monitor with X", "an adviser to X" in tokens [a, b): the
// named body X.
func (v *view) roleIn(a, b int) (int, int, bool) {
	if !v.is(a, wA, wAn) {
		return 0, 0, false
	}
	for k := a + 1; k < b && k <= a+4; k++ {
		t := &v.toks[k]
		// "a trader who returned to Kano": a relative clause tells what
		// the person did, and its preposition is no role's; "who works
		// at" still says where she is in post.
		if v.is(k, wWho, wWhich, wThat) && (k+1 >= b || !workVerbs[v.toks[k+1].low]) {
			return 0, 0, false
		}
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
			if ownVoiceIDs.has(&v.toks[k-1].spelling) {
				return 0, 0, false
			}
			n := k + 1
			if n < b && v.toks[n].has(cDeterminer) {
				n++
			}
			if n < b && v.toks[n].capital {
				if x, y := v.npAfter(k+1, b); y > x && (!v.isOne(k, wAt) || v.namedAsBody(x, y)) {
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

// namedAsBody reports whether the phrase [x, y) after "at" names a body
// as one: its initials, or a name holding a kind of body ("the Port
// Authority", "Lae General Hospital", "the Institute of Marine Science"). "at" says where a person is, and
// a bare name after it ("a cane cutter at Labasa") is as often a village
// as a firm: whoever is there speaks for herself (claim117).
func (v *view) namedAsBody(x, y int) bool {
	for x < y && v.toks[x].has(cDeterminer) {
		x++
	}
	if x >= y {
		return false
	}
	if last := &v.toks[y-1]; y-x == 1 && last.shouted && len(last.low) >= 2 {
		return true
	}
	// ("the Lahore Institute of Public Health": the kind may stand
	// before the name's of-phrase.)
	for k := x; k < y; k++ {
		if t := &v.toks[k]; t.capital && !t.shouted && t.nameKind() {
			return true
		}
	}
	return false
}

// ownVoice reports whether the apposition [a, b) opens with one person of
// ownVoices: "a volunteer with X", "a local volunteer for X".
func (v *view) ownVoice(a, b int) bool { return v.opensAsOneOf(a, b, &ownVoiceIDs) }

// opensAsOneOf reports whether the apposition [a, b) opens with "a" or
// "an" and, within three lower-case words, a word of kinds.
func (v *view) opensAsOneOf(a, b int, kinds *idList) bool {
	if !v.is(a, wA, wAn) {
		return false
	}
	for k := a + 1; k < b && k <= a+3; k++ {
		if kinds.has(&v.toks[k].spelling) {
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

// scholarVoice reports whether the apposition [a, b) makes a named person
// one scholar at a university: "an economist at Griffith University", "a
// professor of history at Ankara University". Named,
// she speaks for herself (convention 1), as a university does not speak
// through one of its scholars; "researchers at Oregon State University"
// and "an epidemiologist at the Lahore Institute of Public Health" speak
// for their body.
func (v *view) scholarVoice(a, b int) bool {
	return v.opensAsOneOf(a, b, &scholarIDs) && v.universityIn(a+2, b)
}

// scholars are the posts of one scholar at a university.
var scholars = set("economist demographer professor lecturer historian epidemiologist scientist researcher academic sociologist statistician geographer")

// outsiders describe a person by a body she no longer serves or never
// served: "Kenneth Roth, a former director of Human Rights Watch", "Omar
// Haddad, a critic of the Syrian government", "a neighbour of the
// hospital's director". Named, she speaks for herself; the body after
// "of" is what she is described by, not whom she speaks for.
var outsiders = set("former ex critic critics opponent opponents neighbour neighbor relative friend rival")

// findingsIn reports whether tokens [a, b) hold a findings noun.
func (v *view) findingsIn(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].has(cFindingNoun) && !v.inName(k) {
			return true
		}
	}
	return false
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

// membersAside reports whether the appositive [a, b) says what a body
// is made of: a kind of body and "of" ("a group of Sudanese attorneys who
// document atrocities", "a network of volunteer doctors", "the coalition
// of aid agencies"). The members describe the body named beside them and
// do not speak apart from it.
func (v *view) membersAside(a, b int) bool {
	return b-a > 3 && v.is(a, wA, wAn, wThe) && v.toks[a+1].word && !v.toks[a+1].capital && v.toks[a+1].nameKind() && v.isOne(a+2, wOf)
}

// outsider reports whether an appositive [a, b) opens as one of the
// outsiders: "a former director of", "a critic of".
func (v *view) outsider(a, b int) bool { return v.opensAsOneOf(a, b, &outsiderIDs) }

// heldOnce reports whether tokens [a, b), a post, say it was held once:
// "former" or "ex" among them.
func (v *view) heldOnce(a, b int) bool {
	for k := a; k < b; k++ {
		if w := v.toks[k].low; w == "former" || w == "ex" {
			return true
		}
	}
	return false
}

// kindOfNameBefore reports whether the lower-case word at k, before the
// capitalised rest of the phrase [k+1, e), is a kind of body a proper name
// closes on (nameKinds: association, union, alliance, league), written
// before the name instead, as "group" is in "the monitoring group
// Airwars": "the residents' association Kalamaja Selts", "the teachers'
// union Lärarförbundet". A name of two capitalised words or more follows,
// so a kind before a single word ("the union Friday") stays a phrase.
func (v *view) kindOfNameBefore(k, e int) bool {
	return v.toks[k].has(cNameKind) && e-(k+1) >= 1 && v.allCapitalised(k+1, e) && (e-(k+1) >= 2 || v.toks[k+1].shouted)
}

// onePersonNoun reports whether the phrase [a, b) is "a" or "an" and one
// lower-case person, a kind of person and no post or body: "a teacher",
// "a retired nurse".
func (v *view) onePersonNoun(a, b int) bool {
	if b-a < 2 || b-a > 3 || !v.is(a, wA, wAn) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if t := &v.toks[k]; !t.word || t.capital || t.post() || t.has(cBody) || t.nameKind() {
			return false
		}
	}
	last := v.toks[b-1].low
	return personNoun(last) || agentNoun(last+"s")
}

// compoundKindBefore reports whether the lower-case word at k closes a
// kind of two nouns written after "the" before a name of one to three
// capitalised words closing the phrase [s, e): "the logistics platform Freightos",
// "the shipping platform Xeneta", "the ratings agency Scope". The kind
// says what the named thing is, whatever noun heads it, and is no part of
// its name (convention 8, "the open-source tracker Oryx" → "Oryx"). A day,
// a month or a place after the kind ("the health ministry Tuesday", "the
// aid convoy Rafah") is no name of it, nor is a place after a body of a
// place ("the local council Kherson").
func (v *view) compoundKindBefore(k, s, e int) bool {
	// ("the property consultancy Cresa Baltica": a name of two or three
	// capitalised words, as of one.)
	if e-k < 2 || e-k > 4 || k-2 < s || !v.isOne(k-2, wThe) {
		return false
	}
	for j := k + 1; j < e-1; j++ {
		if t := &v.toks[j]; !t.word || !t.capital || t.shouted || t.has(cDay|cMonthName|cTimeWord) {
			return false
		}
	}
	m, n := &v.toks[k-1], &v.toks[e-1]
	// ("the local council Kherson", "the regional office Odesa": an
	// adjective of rank or scope makes a body of a place, whose place
	// follows.)
	if !m.word || m.capital || m.has(cDeterminer) || rankWords[m.low] || scopeWord(m.low) || !v.toks[k].word || v.toks[k].has(cDeterminer|cLink) {
		return false
	}
	return n.word && n.capital && !n.has(cDay|cMonthName|cTimeWord) && !v.knownPlace(k+1, e) && !v.placeName(k+1, e) && !v.knownPlace(e-1, e) && !v.placeName(e-1, e)
}
