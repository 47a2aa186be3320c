package claimant

import "strings"

// One of a named body's staff, by calling or post, speaks for it
// (convention 1: "staff member speaking in role"): "an engineer at
// Ukrenergo told me", "one economist at the ESRI put it", "the director
// at Al-Awda", "the chairman of Maccabi Haifa", "a colonel in the
// Sudanese army". peopleOfNamed reads a body's people in the plural and
// keeps one person as a witness; a witness is one who lives the figure
// (a doctor or a nurse at a hospital, a resident, a survivor), while a
// body's engineer or economist gives its figures. The dev files write the
// body for every such staff member at a named body and keep none whole
// (claim52's count: 8 to 0; the witnesses kept whole are clinicians at a
// hospital and people at a place).

// witnessOnes are one person who lives what a figure counts, kept as
// written wherever she is (convention 1): clinicians at a hospital (these
// and peopleat.go's clinicians), and people who are there rather than work
// there.
var witnessOnes = set("doctor nurse medic " +
	"resident survivor patient student refugee volunteer witness mother father worker villager farmer fisherman " +
	// a school's or college's year, which the -or ending reads as a post ("a
	// junior at Fordson High")
	"junior senior sophomore freshman pupil")

// witnessOrClinician is witnessOnes and peopleat.go's clinicians in one
// list, which oneStaffCalling asks of each lower-case word of a phrase by
// the token's id (witnessOrClinicianIDs).
var witnessOrClinician = union(witnessOnes, clinicians)

// oneStaffCalling reports whether the token is one person named by what
// she does for a body, in lower case and the singular: a post ("director",
// "chairman"), a calling of learning ("economist", "researcher") or an
// agent noun in -er ("engineer", "manager"); a witness is none.
func (t *tok) oneStaffCalling() bool {
	// ("the register of the Unit for ...": findings in -er are a thing.)
	if !t.word || t.capital || witnessOrClinicianIDs.has(&t.spelling) || t.has(cOffice|cFindingNoun|cPublication|cAnnouncement) {
		return false
	}
	if strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") {
		return false
	}
	return t.post() || t.learnedCalling() || len(t.low) >= 6 && strings.HasSuffix(t.low, "er") && !notAgents[t.low+"s"]
}

// oneStaffOfNamed reads the phrase [s, e) as one staff member at k, after
// a determiner and perhaps a modifier ("a senior engineer"), then "at",
// "with", "of", "from" or "in" and a named body: it returns the body. The
// body opens on a capital past its determiner and is no place or people
// (see below for what each preposition asks).
func (v *view) oneStaffOfNamed(s, k, e int) (int, int, bool) {
	if k+2 >= e || k > s+2 || !v.toks[k].oneStaffCalling() {
		return 0, 0, false
	}
	// ("One analyst with Kpler": a phrase read from past its count word.)
	if !v.is(s, wA, wAn, wOne, wThe) && !(k == s && s > 0 && v.is(s-1, wA, wAn, wOne, wThe)) {
		return 0, 0, false
	}
	// ("A former official of the Sudanese Armed Forces" speaks for it no
	// more.)
	for j := s + 1; j < k; j++ {
		if t := &v.toks[j]; !t.word || t.capital || t.has(cDeterminer) || t.low == "former" || t.low == "retired" {
			return 0, 0, false
		}
	}
	at := k + 1
	if !v.is(at, wAt, wWith, wOf, wFrom, wIn) {
		return 0, 0, false
	}
	x := at + 1
	n := x
	if v.is(n, wA, wAn) {
		return 0, 0, false
	}
	if v.toks[n].has(cDeterminer) {
		n++
	}
	if n >= e || !v.toks[n].word || !v.toks[n].capital {
		return 0, 0, false
	}
	y := v.namePlace(x, e)
	if v.placeOwner(x, y) || v.knownPlace(n, y) || v.peoplesOnly(n, y) {
		return 0, 0, false
	}
	kind := false
	for m := n; m < y; m++ {
		t := &v.toks[m]
		kind = kind || t.has(cBody|cInstitution) || t.nameKind() || forceKinds[t.low] || serviceKinds[t.low]
	}
	// ("a driver at the Kissufim crossing", "a gravedigger at the Deir
	// al-Balah cemetery": a name closed by a lower-case word that is no
	// kind of body is a place.)
	if last := &v.toks[y-1]; !last.capital && !kind {
		return 0, 0, false
	}
	// ("the head of the Kherson regional military administration,
	// Oleksandr Prokudin": an office of government is written by its
	// holder's name, or as the office (convention 8), no body.)
	if last := &v.toks[y-1]; adminNouns[last.low] || last.has(cGovernment) || v.comma(y) && y+1 < len(v.toks) && v.toks[y+1].capital {
		return 0, 0, false
	}
	// ("The head of Kharkiv's regional office": whose office a possessive
	// says is left to the office readings.)
	for m := n; m < y; m++ {
		if v.toks[m].poss {
			return 0, 0, false
		}
	}
	if kind || y-n == 1 && (v.toks[n].shouted || v.coinedName(n)) {
		return x, y, true
	}
	// A name with no kind of body in it may be a place's as well: "a
	// porter at the Allenby Bridge", "a cocoa grower at Aleisa", "a
	// teacher from El Geneina". Only a body's post or a calling of
	// learning before "at", "with" or "of" makes it a body's: "the
	// director at Al-Awda", "the chairman of Maccabi Haifa", "a researcher
	// at Airwars". (So "an engineer at Ukrenergo" stays as written: an
	// engineer at a one-word name reads as a grower at a village does.)
	if t := &v.toks[k]; v.is(at, wAt, wWith, wOf) && (t.post() || t.learnedCalling()) {
		return x, y, true
	}
	return 0, 0, false
}
