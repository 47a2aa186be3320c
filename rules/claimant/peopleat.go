package claimant

import "strings"

// People of a named body speak for it (testdata/README.md, convention 8):
// "Staff at Nasser hospital", "Kyiv School of Economics researchers",
// "Organisers at Friends of the Bay". One person at a body is a witness,
// and people at a place or an unnamed institution are no body. The
// office-holders' spans are in held.go.

// institutionNouns are kinds of institution whose people may speak for it.
var institutionNouns = set("hospital university institute school clinic complex centre center college laboratory foundation " +
	"infirmary lab labs laboratories")

// medicalPeople work at a hospital, which outlets name bare ("Doctors at
// Al-Shifa", "Medics there at Kamal Adwan").
var medicalPeople = set("staff doctors medics nurses surgeons physicians paramedics")

// clinicians: one of them at a hospital is a witness there ("a
// paediatrician at Al-Shifa"), like "a nurse at Nasser Hospital".
var clinicians = set("paediatrician pediatrician surgeon anaesthetist anesthetist physician midwife paramedic radiologist")

// peopleAt are people who work at an institution, in the plural.
// ("medical sources at Kamal Adwan Hospital", "Employees of the Palestine
// Red Crescent Society": sources and employees are people of the body too.)
var peopleAt = set("colleagues staff sources employees officials doctors medics nurses surgeons physicians researchers scientists economists demographers investigators inspectors " +
	"analysts monitors experts epidemiologists statisticians engineers")

// scholars reports whether t names people of learning in the plural, who
// work at an institution rather than at a place: researchers, analysts and
// the like, and any calling in -ists ("seismologists", "climatologists").
func (t *tok) scholars() bool {
	return t.has(cLearnedPeople) || len(t.low) > 7 && strings.HasSuffix(t.low, "ists")
}

var learnedPeople = set("researchers scientists economists demographers analysts experts statisticians")

// learnedOne are learnedPeople's words in the singular ("researcher"), a
// spelling's spLearnedOne: scholarsOwnerEnd asked the map for every word
// of a phrase it read, with an "s" added.
var learnedOne = func() map[string]bool {
	m := map[string]bool{}
	for w := range learnedPeople {
		m[strings.TrimSuffix(w, "s")] = true
	}
	return m
}()

// groupNouns are a body's people taken as one group: "a mapping team at
// Oregon State University", "a survey team from the Norwegian Refugee
// Council".
var groupNouns = set("team teams")

// peopleOfNamed reads, at token k of the phrase [s, e), people of a named
// body in the plural: "Staff at Nasser hospital", "Election monitors from
// the OSCE", "Doctors at the Saudi Hospital in El Fasher" (its place is
// cut), "Officials at the Sudanese health ministry". It returns the body.
// A place or an unnamed institution ("Aid workers in Khartoum", "Doctors at
// the camp's only clinic", "Researchers at two American universities",
// "Officials at the Kerem Shalom crossing") is no body, and one person
// ("a doctor at Nasser Hospital") is a witness.
func (v *view) peopleOfNamed(s, k, e int) (int, int, bool) {
	// (The bounds first: reduce asks of every word of a phrase, and most
	// are past them.)
	if k > s+2 || k+2 >= e {
		return 0, 0, false
	}
	group := v.toks[k].has(cGroupNoun)
	learned := v.toks[k].scholars() && (k == s || !v.toks[k].capital)
	// "Academics at Queen's University Belfast", "Organisers at Friends
	// of the Earth": any people named by what they do, in the plural,
	// work at a named body as its staff do (what counts as one is
	// narrower for them: see below).
	agents := !group && !learned && !v.toks[k].has(cPeopleAt) && v.toks[k].agent() && (k == s || !v.toks[k].capital)
	if !v.toks[k].has(cPeopleAt) && !group && !learned && !agents {
		return 0, 0, false
	}
	// "Doctors here at Al-Shifa", "Medics there at Kamal Adwan": where the
	// speaker stands is not who; the body after it is.
	at := k + 1
	if v.is(at, wHere, wThere) && v.isOne(at+1, wAt) && at+2 < e {
		at++
	}
	// ("Sources in the Ministry of Finance": people in a named body are
	// its people as those at it are; "Aid workers in Khartoum" name a
	// place, no body, below.)
	if !v.is(at, wAt, wFrom, wOf, wWith, wIn) {
		return 0, 0, false
	}
	own := false
	for j := s; j < k; j++ {
		// "my colleagues at the Gulf Courier": the writer's own people at
		// a named outlet or body speak for it (see below).
		if v.is(j, wOur, wMy) && j == s {
			own = true
			continue
		}
		// "A mapping team at Oregon State University": one team is its
		// body's people as its staff are; one person is a witness.
		if j == s && group && v.is(j, wA, wAn) {
			continue
		}
		if v.is(j, wA, wAn, wOur, wMy, wTheir, wIts) || !v.toks[j].word {
			return 0, 0, false
		}
	}
	x, y := at+1, e
	// "Officials at the governor's office here": "here" after the body
	// says where the speaker stands, not who (convention 8).
	if y-1 > x && v.is(y-1, wHere, wThere) {
		y--
	}
	// "al-Aqsa Martyrs hospital in Deir al-Balah": a place after the body.
	for m := x + 1; m+1 < y; m++ {
		if v.isOne(m, wIn) && v.toks[m+1].capital {
			y = m
			break
		}
	}
	n := x
	// "Doctors at a Nairobi hospital": a hospital, not one named.
	if v.is(n, wA, wAn) {
		return 0, 0, false
	}
	if v.toks[n].has(cDeterminer) {
		n++
	}
	if n >= y || !v.toks[n].word {
		return 0, 0, false
	}
	// "Our reporters at the Zikim crossing" are the outlet's own, at a
	// place; "my colleagues at the Gulf Courier" its people, named whole.
	// ("My colleagues in Port Sudan": the writer's own people somewhere
	// keep their phrase, README convention 8.)
	if own && v.isOne(at, wIn) {
		return 0, 0, false
	}
	if own {
		if v.placedName(n, y) && v.toks[n].word && (n > x || !v.toks[n].has(cDeterminer)) {
			return x, y, true
		}
		return 0, 0, false
	}
	// The head, or the kind a name opens with before its of-phrase ("the
	// London School of Hygiene & Tropical Medicine").
	kind := v.bodyName(x, y)
	// "King's College London", "Queen's University Belfast": an
	// institution's kind with its city's name after it.
	for m := n; m < y && !kind; m++ {
		kind = (v.toks[m].has(cBody) || v.toks[m].has(cInstitution)) && (m == y-1 || v.is(m+1, wOf, wFor) || v.toks[m].capital && v.allCapitalised(m+1, y))
	}
	// "Officials at the Kisii County Flood Response Unit", "Staff at the
	// Rift Valley Traders Forum": a proper name of two capitalised words
	// or more that closes on a kind of body names one, as a name closed
	// by "Agency" does (claim114).
	if !kind && y-n >= 2 && v.toks[y-1].capital && !v.toks[y-1].shouted && v.toks[y-1].nameKind() && v.allCapitalised(n, y) {
		kind = true
	}
	// "Officials at the Ankara Metropolitan Municipality": a local
	// government's administration named whole is a body as a council is,
	// while one of its places ("Officials at Kharkiv Region") is none
	// (adminNouns without placeNouns; claim106).
	if !kind && v.toks[k].has(cPeopleAt) && v.toks[y-1].capital && adminNouns[v.toks[y-1].low] && !placeNouns[v.toks[y-1].low] && y-n >= 2 {
		kind = true
	}
	// "Officials at the Niigata prefectural government": a government
	// named by its place is a body (governmentat.go, claim113).
	if !kind && v.governmentOfPlace(k, n, y) {
		kind = true
	}
	// A hospital named bare: "Doctors at Al-Shifa", one name of
	// capitalised words and nothing else.
	if !kind && medicalPeople[v.toks[k].low] && v.isOne(at, wAt) && n == x && v.hyphenedName(x, y) {
		kind = true
	}
	// "analysts at WarSpotting": a coined name is a body's (coined.go).
	if !kind && y == n+1 && v.coinedName(n) {
		kind = true
	}
	// "Climate scientists at World Weather Attribution", "Seismologists
	// at the Kandilli Observatory": people of learning work at a body, so
	// a proper name after them that is no place is one.
	if !kind && learned && v.is(at, wAt, wFrom) && v.allCapitalised(n, y) && !v.placeName(n, y) {
		kind = true
	}
	// "Organisers at Friends of the Earth", "Lawyers at Human Rights
	// Watch": people by what they do at a name of three capitalised words
	// or more, or of two joined by a link word, that is no place the
	// rules know; a name of two words may be a place ("Aid workers at
	// Kerem Shalom") and keeps the phrase.
	if !kind && agents && v.isOne(at, wAt) && v.placedName(n, y) && v.toks[y-1].capital && (v.capitalCount(n, y) >= 3 || v.linkIn(n, y)) && !v.placeName(n, y) && !v.knownPlace(n, y) && !v.knownRegion(n, y) {
		kind = true
	}
	if agents && !kind {
		return 0, 0, false
	}
	if !kind {
		return 0, 0, false
	}
	// "Sources in the Ministry of Finance", "Staff in the Department of
	// Corrections": people are "in" a government's body by its kind;
	// after "in", which names places far more often than "at" does, a
	// name only closed by a body's word may be a place ("Officials in the
	// West Bank", review53).
	if v.isOne(at, wIn) && !v.remitKindIn(n, y) {
		return 0, 0, false
	}
	for m := n; m < y; m++ {
		if t := &v.toks[m]; t.word && t.capital && !t.has(cDeterminer) {
			return x, y, true
		}
	}
	// "Officials at the health ministry in Kassala state": a generic body
	// is named by the place that says whose it is, which is kept
	// (convention 8), as for the body speaking itself.
	if y < e && !v.toks[y-1].capital && v.toks[y-1].has(cBody) && !v.toks[y-1].has(cInstitution) {
		return x, e, true
	}
	// "Officials at the election headquarters", "Officials at the
	// governor's office here": a body the text names by its kind alone,
	// definite, is the body its people speak for, as "the election
	// headquarters said" would be written (convention 8). An institution so named ("Doctors at
	// the camp's only clinic") or a place ("Officials at the Kerem Shalom
	// crossing") keeps the phrase, and so do people "with" a body
	// ("Engineers with the city council"), who may work beside it.
	// "Officials of the district relief office" are its people as those
	// at it are (claim106).
	if v.is(at, wAt, wOf) && v.isOne(x, wThe) && v.toks[k].has(cPeopleAt) && !v.toks[y-1].capital && v.toks[y-1].has(cBody) && !v.toks[y-1].has(cInstitution) {
		return x, y, true
	}
	return 0, 0, false
}

// peopleAfterNamed reads people of a named body written after its name,
// closing the phrase [s, e): "Nasser hospital staff", "University of
// Khartoum researchers", "Kamal Adwan medics" (medical people after a
// hospital named bare). It returns the body. Unnamed institutions
// ("Hospital staff", "the main hospital's doctors") and peoples
// ("Palestinian medics", "Sudanese doctors") are no body.
func (v *view) peopleAfterNamed(s, e int) (int, int, bool) {
	k := e - 1
	// ("Met Office seismologists": people of learning in -ists are
	// people at a body as researchers are.)
	if k-s < 2 && !(k-s == 1 && !v.toks[s].has(cDeterminer)) || !(v.toks[k].has(cPeopleAt) || v.toks[k].scholars() || organisers(v.toks[k].low)) || v.toks[k].capital {
		return 0, 0, false
	}
	n := s
	if v.toks[n].has(cDeterminer) {
		n++
	}
	// "Two hospital officials", "Three university researchers": a count
	// opening the clause (speakercount.go) is capitalised as the
	// sentence's first word, and names no body; a name after it still does
	// ("Two Nasser hospital doctors").
	if n < k && v.toks[n].has(cSpeakerCount) {
		n++
		if k-n < 2 {
			return 0, 0, false
		}
	}
	if n >= k || !v.toks[n].capital || n == 0 && k-n == 1 {
		return 0, 0, false
	}
	// "Nasser hospital staff", "the Al-Shifa Hospital doctors".
	if v.toks[k-1].has(cInstitution) && k-1 > n && v.toks[k-2].capital && v.placedName(n, k) {
		return n, k, true
	}
	// "University of Khartoum researchers": a kind opening a name before
	// its of-phrase.
	if (v.toks[n].has(cBody) || v.toks[n].has(cInstitution)) && v.is(n+1, wOf, wFor) && n+2 < k && v.allCapitalised(n, k) {
		return n, k, true
	}
	// "Kyiv School of Economics researchers", "Icelandic Met Office
	// seismologists": a capitalised kind heading the name after a word or
	// two before its of-phrase, or closing it.
	if v.kindHeadedName(n, k) {
		return n, k, true
	}
	// "Rescue 1122 officials": a name closed by a service's number
	// (nameparts.go serviceNumber) is a body's, not a place's.
	if k-n >= 2 && k-n <= 4 && v.serviceNumber(k-1) && v.serviceName(k-2) && v.allCapitalised(n, k-1) {
		return n, k, true
	}
	// "Edinburgh Festival Fringe organisers", "London Marathon
	// organisers": who organise a named event or body speak for it, as a
	// body's staff do (convention 8), when a kind of event or of body in
	// the name says the capitals are what is organised (organised.go). A
	// place ("New York organizers", review53), a people's ("Kenyan
	// organisers") or a shouted label keeps the phrase.
	if organisers(v.toks[k].low) {
		if v.organisedName(n, k) {
			return n, k, true
		}
		return 0, 0, false
	}
	if !medicalPeople[v.toks[k].low] || !v.hyphenedName(n, k) {
		return 0, 0, false
	}
	for m := n; m < k; m++ {
		if demonym(v.toks[m].low) || v.toks[m].shouted {
			return 0, 0, false
		}
	}
	return n, k, true
}

// capitalCount counts the capitalised words in [a, b).
func (v *view) capitalCount(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if v.toks[k].word && v.toks[k].capital {
			n++
		}
	}
	return n
}

// linkIn reports whether a lower-case link word stands between capitalised
// words inside [a, b): "Friends of the Bay", "Doctors for Peace".
func (v *view) linkIn(a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if v.toks[k].has(cLink) && !v.toks[k].capital && v.toks[k-1].capital {
			return true
		}
	}
	return false
}

// kindHeadedName reports whether the capitalised words [n, k), two to
// six, are a body's name headed by its kind: the kind after one or two
// words before "of" or "for" ("Kyiv School of Economics"), or closing
// the name ("Icelandic Met Office", "Lviv Polytechnic Institute"). A
// kind alone ("Hospital") or a place ("Kharkiv Oblast") is none.
func (v *view) kindHeadedName(n, k int) bool {
	if k-n < 2 || k-n > 6 || !v.allCapitalised(n, k) && !v.officeOwnedName(n, k) {
		return false
	}
	kind := func(m int) bool {
		t := &v.toks[m]
		return t.capital && (t.has(cBody) || t.has(cInstitution))
	}
	if kind(k - 1) {
		return !v.placeName(n, k-1) || k-n > 2
	}
	for m := n + 1; m <= n+2 && m+2 < k; m++ {
		if kind(m) && v.is(m+1, wOf, wFor) {
			return true
		}
	}
	return false
}

// officeOwnedName reports whether tokens [n, k) are capitalised words with
// one office-holder's possessive inside, the office's own body: "Chief
// Minister's Office", "the Governor's Office" ("Prime Minister's Office
// sources" speak for the office as "Revenue Office sources" do). A
// country's or person's possessive is no office's.
func (v *view) officeOwnedName(n, k int) bool {
	for p := n + 1; p+2 < k; p++ {
		if v.isOne(p, wApostrophe) && v.isOne(p+1, wS) {
			return v.toks[p-1].has(cOfficeNoun) && v.allCapitalised(n, p) && v.allCapitalised(p+2, k)
		}
	}
	return false
}

// hyphenedName reports whether tokens [a, b) are one to three capitalised
// words, joined by hyphens or not: "Al-Shifa", "Kamal Adwan", "Nasser".
func (v *view) hyphenedName(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if v.isOne(k, wDash) && !v.toks[k].space && k > a && k+1 < b {
			continue
		}
		if !v.toks[k].word || !v.toks[k].capital {
			return false
		}
		n++
	}
	return n > 0 && n <= 3
}

// remitKindIn reports whether the capitalised words [n, y) hold a kind of
// body a government names by its remit ("Ministry", "Department",
// "Board", "Authority"; kindofficials.go remitBodyKinds), and open on no
// compass point ("the West Bank", "the East Bank" are places).
func (v *view) remitKindIn(n, y int) bool {
	if n >= y || directionIDs.has(&v.toks[n].spelling) {
		return false
	}
	for m := n; m < y; m++ {
		if t := &v.toks[m]; t.capital && remitBodyKinds[t.low] {
			return true
		}
	}
	return false
}
