package claimant

import "strings"

// A transcript label may say who its speaker is by a body and one of its
// people at work: "GHASSAN BARAKAT, RED CRESCENT PARAMEDIC, NORTH GAZA",
// "AMIR SAEED, HOPE MEDICAL TEAMS NURSE". The body's words before the
// person say she is there in its service (convention 1), as a post's do
// ("CIVIL DEFENCE SPOKESMAN"); a site of work or a place of one word
// before her ("CAMP NURSE", "GAZA DOCTOR") names no body, and she speaks
// for herself.

// memberNouns are a body's people at work, in the singular.
var memberNouns = set("nurse doctor surgeon worker " + fieldMemberWords)

// fieldMembers are the memberNouns a body sends out into the field: in
// the plural they are its people wherever they stand, and a named body
// before them or after "from" speaks ("Rescuers from the White Helmets",
// "Observers from the OSCE"; see fieldPeople). Doctors, nurses and workers in the plural may be
// people at a place ("Aid workers in Khartoum", "doctors at the camp's
// only clinic"), which keep their phrase; with a named body they are read
// as people at it (peopleOfNamed).
var fieldMembers = set(fieldMemberWords)

const fieldMemberWords = "paramedic medic volunteer rescuer observer"

// fieldPeople are a body's people at work: its teams and crews, and the
// people it sends out, in the plural ("Rescuers from the White Helmets",
// "Red Crescent paramedics", "Volunteers with the emergency rooms"), who
// speak for it as its teams do (convention 8).
var fieldPeople = withPlurals(set("teams team crews crew"), fieldMembers)

// withPlurals returns a set of words and the plurals of more.
func withPlurals(words, more map[string]bool) map[string]bool {
	m := make(map[string]bool, len(words)+len(more))
	for w := range words {
		m[w] = true
	}
	for w := range more {
		m[w+"s"] = true
	}
	return m
}

// bodyMember reports whether the label segment [s, e) is a body's name of
// two words or more, then one of its people at work.
func (v *view) bodyMember(s, e int) bool {
	h := e - 1
	if h-s < 2 || !memberNouns[v.toks[h].low] {
		return false
	}
	// "DISPLACED CAMP VOLUNTEER": a participle opening the segment says
	// what befell her ("RED" is no participle).
	if o := v.toks[s].low; directions[o] || len(o) > 5 && strings.HasSuffix(o, "ed") {
		return false
	}
	for k := s; k < h; k++ {
		if t := &v.toks[k]; !t.word || !t.capital || workSites[t.low] || memberNouns[t.low] {
			return false
		}
	}
	return true
}

// memberSegment returns, for a label whose last segment starts at ls
// after a segment that is a body's member ("RED CRESCENT PARAMEDIC, NORTH
// GAZA"), the body's words in that segment: the body speaks, and the
// segment after it says where. ok is false otherwise.
func (v *view) memberSegment(start, ls int) (int, int, bool) {
	pe := ls - 1
	if pe <= start || !v.is(pe, wComma) {
		return 0, 0, false
	}
	ps := v.commaBefore(start, pe) + 1
	if ps == 0 || !v.bodyMember(ps, pe) || v.bodyEnds(ls) {
		return 0, 0, false
	}
	return ps, pe - 1, true
}

// An officer named after a person's name says whom she serves: "Samir
// Haddad, a civil defence officer in Jabalia" speaks for civil defence
// (convention 1), as "a civil defence spokesman" does. What kind of
// officer she is ("liaison", "press", "field") is no body; a rank or a
// people's adjective ("a retired officer", "a Ukrainian officer") names
// none, and she speaks for herself.

// officerFunctions are what an officer does, written before the word.
var officerFunctions = set("liaison press information duty affairs public")

// bodyOfficer reads, at token k of the phrase [s, e), "a <body> officer":
// the body's words.
func (v *view) bodyOfficer(s, k, e int) (int, int, bool) {
	if k >= e || !v.is(k, wOfficer) || !v.is(s, wA, wAn) || k-s < 2 || k-s > 5 {
		return 0, 0, false
	}
	b := k
	for b-1 > s && (workSites[v.toks[b-1].low] || officerFunctions[v.toks[b-1].low]) && !v.toks[b-1].capital {
		b--
	}
	if b-1 <= s {
		return 0, 0, false
	}
	for m := s + 1; m < b; m++ {
		t := &v.toks[m]
		if !t.word || t.has(cRank) || t.has(cDeterminer|cPreposition|cClause|cPronoun) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") {
			return 0, 0, false
		}
	}
	if b-s == 2 && v.demonym(s+1) {
		return 0, 0, false
	}
	return s + 1, b, true
}

// workersOwnerEnd returns where a named body's name ends, its possessive
// cut, when the token at k, read after the phrase [s, k), is "workers"
// after the body's possessive, perhaps with one or two words of their
// work: "Plan International's case workers", "the IRC's aid workers". A
// body's workers are its people as its teams are (convention 8); workers
// with no possessive ("Aid workers in Khartoum") are people at a place,
// and a place's ("Gaza's aid workers", placeOwner) no body's. k when it is
// no such thing.
func (v *view) workersOwnerEnd(s, k int) int {
	t := &v.toks[k]
	// ("Oxfam's people on the ground": a named body's people are its
	// workers.)
	// ("the Danish Refugee Council's field monitors", "the agency's
	// engineers": so are the people who work at a body, after its
	// possessive.)
	// (peopleAt by the token's class: the same words, no map look-up for
	// every word of each phrase reduce reads.)
	if !t.word || t.capital || t.low != "workers" && t.low != "people" && !t.has(cPeopleAt) || k <= s+1 {
		return k
	}
	x := k
	switch {
	case v.isOne(k-1, wS) && v.isOne(k-2, wApostrophe):
		x = k - 2 // "Plan International's workers"
	case v.isOne(k-1, wApostrophe):
		x = k - 1
	case t.low == "people":
		return k // "Oxfam's aid people": not said so
	default:
		x = v.ownerOfTeam(s, k) // "... 's case workers"
	}
	if x < k && x > s && v.isOne(x, wApostrophe) && v.toks[x-1].capital {
		return x
	}
	return k
}
