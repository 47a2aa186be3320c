package claimant

import "strings"

// Spans of people: an office-holder named with the office, and people of a
// named body (testdata/README.md, convention 8; peopleat.go). Outlets title the same
// governor differently and quote different staff of the same hospital for
// the same count; the holder's name and the body are what stay the same.

// officeNouns are public offices whose holder speaks as herself: named,
// she is the claimant ("regional governor Oleh Kiper" → Oleh Kiper).
// Posts in a body (spokesman, director, chief) speak for the body instead.
// An ombudsman and an envoy hold their office as a governor does ("Ukraine's
// Ombudsman Dmytro Lubinets", "US special envoy Tom Perriello"). An elected
// councillor or senator, and a head of government by her country's own
// title ("the Taoiseach, Leo Varadkar", "the Tánaiste, Micheál Martin"),
// hold theirs so too.
var officeNouns = set("governor mayor president minister premier chancellor chief prosecutor commissioner commander ombudsman envoy ambassador " +
	"councillor councilor senator taoiseach tánaiste tanaiste attaché attache consul sheriff" +
	// claim46: an assembly's member, its body compounded with -man,
	// -woman, -member or -person ("Councilman Sami Odeh", "Assemblywoman
	// Rita Diaz", "alderman").
	assemblyTitles("alder council assembly congress select"))

// assemblyTitles returns the titles of an assembly's members, each of the
// assemblies compounded with -man, -woman, -member and -person.
func assemblyTitles(assemblies string) string {
	var b strings.Builder
	for _, a := range strings.Fields(assemblies) {
		for _, m := range []string{"man", "woman", "member", "person"} {
			b.WriteString(" " + a + m)
		}
	}
	return b.String()
}

// holderName returns where the holder's name starts in the phrase [s, e)
// when an office stands before it: "regional governor Oleh Kiper",
// "President Tayyip Erdogan", "Police Minister Thabo Ndlovu". The name is
// one to four capitalised words closing the phrase; "Prime Minister's
// Office" and "the Minister of Defence" name no holder.
func (v *view) holderName(s, e int) (int, bool) { return v.holderNameFrom(s, s, e) }

// holderNameFrom is holderName over [from, e) of the phrase that starts at
// s: an office's title read on from an earlier office ("Chief Secretary
// Anil Mehta") still sees the capitalised word before "Secretary".
func (v *view) holderNameFrom(s, from, e int) (int, bool) {
	for k := from; k+1 < e; k++ {
		// ("Datuk Seri Anwar Ibrahim": a conferred honorific is a title,
		// read as a rank is, honorific.go.)
		h := v.honorificEnd(k, e)
		rank := v.rankAt(k) || h > k
		if !rank && !v.titledOffice(s, k) || v.toks[k].shouted {
			continue
		}
		// "Lt. Gen. Anatoliy Kravets", "Police Minister Col. Amos Kiprono":
		// ranks after the office are titles too.
		n := max(k+1, h)
		if rank && v.isOne(n, wFullStop) {
			n++
		}
		// "commander-in-chief Oleksandr Syrskyi": an office written as a
		// hyphened compound is one office.
		for !rank && n+1 < e && v.isOne(n, wDash) && !v.toks[n].space && !v.toks[n+1].space && v.toks[n+1].word && !v.toks[n+1].capital {
			n += 2
		}
		n = v.afterRanks(n, e)
		// "Chief Minister M K Stalin", "Chief Executive Officer Mary
		// Brennan": an office read on from "Chief" ends at its last
		// office's word, before the checks below, which see "Minister M
		// K Stalin" as no name (chieftitle.go).
		n = v.chiefTitleEnd(k, n, e)
		// "Provincial Police Commander East Joel Kapi": a compass
		// point after the office, before a name of two words at least,
		// is the division the office is of, no word of the name
		// (claim117).
		if !rank && n+2 < e && v.toks[n].capital && !v.toks[n].shouted && directions[v.toks[n].low] && v.personName(n+1, e) {
			n++
		}
		// A rank alone before one capitalised word is a name's part or a
		// body's ("General Staff"): two words at least.
		// ("The Chief Cabinet Secretary said": an office closing the
		// phrase is no holder's name.)
		// ("The Chief Secretary said", "the Chief Officer": a post's
		// word alone after the office is the office's own last word.)
		if v.nameParts(n, e) > 4 || rank && e-n < 2 || !v.personName(n, e) || v.titledOffice(n, e-1) || e-n == 1 && v.toks[n].has(cStaff|cPost) {
			return 0, false
		}
		// "Chief Cabinet Secretary Yoshimasa Hayashi", "Labour Attaché
		// Ramon Quiliza": an office of several capitalised words, the
		// first an office too, ends at its last office; the name is after
		// it.
		if m, ok := v.holderNameFrom(s, n, e); ok && m > n {
			return m, true
		}
		return n, true
	}
	return 0, false
}

// nameParts counts the parts of a name in tokens [s, e): a hyphened
// family name ("Ollivierre-Khan", "Roberts-Lovell") is one part, as
// outlets write it for one person however long it is, and an initial's
// full stop ("M. K. Stalin") is no part of its own.
func (v *view) nameParts(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if v.isOne(k, wFullStop) && k > s && v.internalDot(k) {
			continue
		}
		if !v.nameHyphen(k, s, e) && !v.nameHyphen(k-1, s, e) {
			n++
		}
	}
	return n
}

// holderSized reports whether tokens [n, e) are as long as a holder's
// name after her post: two to four parts, counted by nameParts, so that
// a name written with initials ("P. K. Soren", "R. Perera", as South
// Asian copy gives most names) is no longer than the same name written
// whole.
func (v *view) holderSized(n, e int) bool { return e-n >= 2 && v.nameParts(n, e) <= 4 }

// titledOffice reports whether token k is an office in a title: an office
// noun, or "Secretary" after a capitalised remit ("Interior Cabinet
// Secretary Joseph Mwangi", "Home Secretary"). A secretary in lower case
// ("Oxfam's press secretary") holds a post in a body, which speaks.
func (v *view) titledOffice(s, k int) bool {
	w := v.toks[k].low
	// (The capitals are asked before remitTitles: most words asked are
	// in lower case, and the look-up is a map's.)
	return v.toks[k].has(cOfficeNoun) || k > s && v.toks[k].capital && v.toks[k-1].capital && v.toks[k-1].word && remitTitles[w] || v.remitInitials(s, k) || v.officerBeforeName(k) || v.callingTitle(s, k) ||
		v.territoryChair(s, k) || v.chamberLeader(s, k) || v.councilChair(s, k)
}

// remitTitles are posts that are an office of government in a title after
// a capitalised remit: "Home Secretary", "Finance Adviser Salehuddin
// Ahmed" (a cabinet's adviser, as Bangladesh's interim government names
// its ministers); "Oxfam's policy adviser" holds a post in a body.
var remitTitles = set("secretary adviser advisor")

// remitInitials reports whether token k is a secretary's office written in
// its initials after a capitalised remit: "Energy CS Moses Kiprop",
// "Interior CS X", "Health PS X" (a Cabinet and a Principal Secretary, as
// Kenyan copy writes them short). The remit says the initials are an office
// of government, as "Interior Cabinet Secretary X" says it whole; the
// initials alone ("CS Kiprop") or after a body ("KPA CS") are no office.
func (v *view) remitInitials(s, k int) bool {
	t := &v.toks[k]
	if k <= s || !t.capital || !secretaryInitials[t.low] {
		return false
	}
	p := &v.toks[k-1]
	return p.word && p.capital && !p.shouted && !p.has(cBody|cInstitution|cNameKind)
}

// secretaryInitials are a Cabinet Secretary's and a Principal Secretary's
// initials. (Two letters are never shouted: a capital is enough, for a
// capitalised remit and a person's name stand on either side.)
var secretaryInitials = set("cs ps")

// callingTitle reports whether token k, opening the phrase at s, is a
// calling capitalised before a name as a title ("Economist Levent Çınar
// estimates", "Analyst Mark Dunn said"): one of learning (learnedOne) or
// in -ist ("Epidemiologist", "Activist"), no people's adjective
// ("Palestinian" ends as callings in -ian do). The person speaks by name,
// as after "economist Deniz Akın" in lower case (convention 8). A
// person's name of two words must follow: an -ist word opening a body's name
// ("Communist Party officials", "Methodist Church spokesman") is the
// name's own.
func (v *view) callingTitle(s, k int) bool {
	t := &v.toks[k]
	return k == s && t.word && t.capital && !t.shouted && (t.own&spLearnedOne != 0 || len(t.low) > 6 && strings.HasSuffix(t.low, "ist")) && !t.has(cBody|cInstitution) &&
		k+2 < len(v.toks) && v.personName(k+1, k+3)
}

// ranks are military and police ranks and personal titles written before
// a name, whole or abbreviated: "Lt. Gen.", "Brig. Gen.", "Col.",
// "Major General", and "Gov." for a governor. Outlets give the same
// officer with and without them.
var ranks = set("lt lieut lieutenant gen general maj major col colonel brig brigadier capt cpt captain sgt sergeant " +
	"adm admiral cmdr cdr cpl corporal insp inspector supt gov" +
	// claim112: US local copy's titles, written short or whole as the
	// others are: "Superintendent Karen Voss" (a school district's, as
	// "Supt." is a police force's), "Rep. Tom Barrow", "Sen. Jo Ann
	// Keller" (a legislator's, as "Gov." is a governor's).
	" superintendent rep sen" +
	// claim46: a marshal, a rank ("Air Marshal") and a fire service's
	// or a court's post ("Fire Marshal Ana Cruz") written as one.
	" marshal")

// rankAt reports whether token k is a capitalised rank or title.
func (v *view) rankAt(k int) bool {
	t := &v.toks[k]
	return t.word && t.capital && t.has(cRankTitle)
}

// afterRanks skips ranks and titles, with their dots, opening [k, e).
func (v *view) afterRanks(k, e int) int {
	for k < e {
		if h := v.honorificEnd(k, e); h > k {
			k = h
			continue
		}
		if !v.rankAt(k) {
			break
		}
		k++
		if k < e && v.isOne(k, wFullStop) {
			k++
		}
	}
	return k
}

// personName reports whether tokens [s, e) are a person's name: capitalised
// words (a dotted initial, a hyphen, an Arabic article or a particle
// between them), none of them a kind of body (a name's kind included) or
// an office.
func (v *view) personName(s, e int) bool {
	if s >= e || !v.toks[s].capital {
		return false
	}
	for k := s; k < e; k++ {
		t := &v.toks[k]
		// "Jean-Pierre Mbuyi": a hyphen joining two capitalised words;
		// "Faraj al-Mismari", "Ursula von der Leyen": an article or a
		// particle inside a family name.
		if v.nameHyphen(k, s, e) || k > s && (v.articleName(k) || v.isOne(k, wDash) && v.articleName(k-1) || v.nameParticle(k)) {
			continue
		}
		if !(t.word && t.capital || t.has(cLink) || v.is(k, wFullStop, wApostrophe, wAmpersand)) {
			return false
		}
		// "the Major Cities Chiefs Association": a kind of body that
		// closes a proper name (nameKinds) makes the words a body's name,
		// and a rank before them ("Major", "General") is the name's own.
		// Plurals are left out: "Banks", "Chambers" are surnames too.
		if t.word && (t.has(cBody|cInstitution|cNameKind|cOfficeNoun) || t.shouted && len(t.low) > 1) {
			return false
		}
	}
	return v.toks[s].word && v.toks[e-1].word
}

// officeHolder reads an office and its holder's name beside it, the
// source [s, e) and its appositive [a, b): "the regional governor, Ivan
// Melnyk, said", "Kharkiv's mayor, Ihor Terekhov": the name.
func (v *view) officeHolder(s, e, a, b int) (int, int, bool) {
	if e <= s || a >= b || !v.officeWord(e-1) && !v.officeOf(s, e) && !v.officeForRemit(s, e) && !v.officeToPlace(s, e) && !v.officeHeldIn(s, e) && !v.officeOfRemit(s, e) {
		return 0, 0, false
	}
	if _, _, ok := v.organisationsOffice(s, e); ok || v.organisationsPresident(s, e) {
		return 0, 0, false
	}
	return v.holderBeside(a, b)
}

// holderBeside reads an office's holder in the appositive [a, b): a
// person's name, after its ranks ("the air force commander, Lt. Gen.
// Anatoliy Kravets").
func (v *view) holderBeside(a, b int) (int, int, bool) {
	if n := v.afterRanks(a, b); n < b-1 {
		a = n
	}
	if !v.personName(a, b) {
		return 0, 0, false
	}
	return a, b, true
}

// ministryName reports whether the name [s, e) is a ministry named by its
// kind: "Ministry of Defence", "Health Ministry", "Ministry of Foreign
// Affairs", "the Foreign Office", "the Interior Department". Most
// countries have one; only its place says whose.
func (v *view) ministryName(s, e int) bool {
	for k := s; k < e; k++ {
		if v.isOne(k, wMinistry) || k > s && v.is(k, wOffice, wDepartment) && remitWords[v.toks[k-1].low] || v.officeOfHolderKind(s, k) {
			return true
		}
	}
	return false
}

// officeOfHolderKind reports whether "Office" at k closes a minister's
// possessive: a foreign or finance minister's, or a head of
// government's. A minister's office is a ministry by its kind: every
// government has one, and only its place says whose (claim117). An
// institution named for its holder ("the Ombudsman's Office", "the
// Prosecutor General's Office") is a proper name, as the dev files write
// it.
func (v *view) officeOfHolderKind(s, k int) bool {
	return k-3 >= s && v.isOne(k, wOffice) && v.isOne(k-1, wS) && v.isOne(k-2, wApostrophe) && v.toks[k-3].low == "minister"
}

// remitWords name a ministry's remit before "Office" or "Department": the
// Foreign Office, the Home Office, the Interior Department.
var remitWords = set("foreign home interior defence defense health justice finance cabinet war")

// kindOfName reports whether "and" at i is inside a name that a
// capitalised kind of body opens before "of" or "for": "the London School
// of Hygiene and Tropical Medicine", "Africa Centres for Disease Control
// and Prevention", "the Federal Office for Migration and Refugees".
func (v *view) kindOfName(i, lo int) bool {
	for m := i - 1; m > lo && m >= i-8; m-- {
		t := &v.toks[m]
		// ("the Ministry of Environment, Urbanisation and Climate
		// Change": a list of remits, commas between capitals.)
		if v.comma(m) && v.toks[m-1].capital && v.toks[m+1].capital {
			continue
		}
		// ("the Bureau of Fisheries and Aquatic Resources and
		// Statistics": an earlier "and" between capitals, joining
		// remits.)
		if m-1 > lo && v.isOne(m, wAnd) && !t.capital && v.toks[m-1].capital && v.toks[m-1].word && v.toks[m+1].capital {
			continue
		}
		if !t.capital || !t.word || m < i-4 && !v.remitList(m, i) {
			return false
		}
		// ("the Ministry of the Interior and Safety": "the" after "of".)
		o := m - 1
		if v.isOne(o, wThe) {
			o--
		}
		if v.is(o, wOf, wFor) && o-1 >= lo && v.toks[o-1].capital && v.toks[o-1].word {
			k := v.toks[o-1].low
			return nameKind(k) || nameKind(singular(k))
		}
	}
	return false
}

// kindsBeforeName are kinds of body, besides bodyNouns, that a descriptor
// before a name ends with: "the national grid operator Ukrenergo", "the
// survey institute Litbang Kompas" (README convention 8); and an outlet's
// kind by how often or in what form it appears ("the pro-government daily
// Al-Watan", "the tabloid Moskovsky Vestnik"); a mission too, "the EU
// naval mission Aspides".
var kindsBeforeName = set("operator institute pollster consultancy regulator utility provider initiative collective daily weekly tabloid newspaper mission")

// pointerRelative returns the byte offset where a relative clause about
// the source opens in a sentence that points back ("That's according to
// Cumbria County Council, which has opened 3 rest centres"): its figures
// are the source's doings, not a figure of the sentence's own. It returns
// the largest int when the sentence does not open with a
// demonstrative or has no such clause.
func (v *view) pointerRelative() int {
	lo := v.skipDateline(0)
	if !v.is(lo, wThat, wThis, wThose, wThese, wThatS) {
		return int(^uint(0) >> 1)
	}
	for k := lo + 2; k+1 < len(v.toks); k++ {
		if v.isOne(k, wComma) && v.is(k+1, wWhich, wWhose, wWho) {
			return v.toks[k].start
		}
	}
	return int(^uint(0) >> 1)
}

// unitAt reads a unit of a named body in tokens [s, e), the object of a
// post: "the emergency department at Al-Aqsa Martyrs Hospital", "intensive
// care at the European Hospital in Khan Younis". Lower-case words, "at",
// then a name (a capital after any determiner); it returns the name with
// what follows it. A unit has no voice of its own; its body does.
func (v *view) unitAt(s, e int) (int, int, bool) {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	n := k
	for k < e && k <= n+3 && v.toks[k].word && !v.toks[k].capital && !v.is(k, wAt, wHere, wThere) {
		k++
	}
	// "the emergency ward here at Nasser hospital": where the speaker
	// stands is not whose the unit is.
	if k > n && v.is(k, wHere, wThere) && v.isOne(k+1, wAt) {
		k++
	}
	if k == n || k+1 >= e || !v.isOne(k, wAt) {
		return 0, 0, false
	}
	x := k + 1
	m := x
	if v.toks[m].has(cDeterminer) {
		m++
	}
	if m >= e || !v.nameStart(m) {
		return 0, 0, false
	}
	return x, e, true
}

// heldOffice reads tokens [a, b) as lower-case words ending in an office
// or a post, then a capitalised name to the phrase's end: "regional
// governor Ivan Dorosh", "district health chief Maria Okoro". It returns
// where the name starts.
func (v *view) heldOffice(a, b int) (int, bool) {
	for k := a; k < b && k <= a+3; k++ {
		t := &v.toks[k]
		if !t.word || t.capital {
			return 0, false
		}
		if !t.has(cOfficeNoun) && !t.post() || k+2 > b {
			continue
		}
		for m := k + 1; m < b; m++ {
			if !v.toks[m].capital && !v.is(m, wDash, wApostrophe) {
				return 0, false
			}
		}
		return k + 1, true
	}
	return 0, false
}
