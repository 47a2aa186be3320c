package claimant

import "strings"

// ownedThing reads the phrase [x, y), the object of a first-person
// sentence that a pronoun in the next takes up, as a named owner's
// possessive before a thing in lower case: "the Harbour Authority's
// monthly cargo returns", "the Port Board's internal ledgers". What the
// writer obtained, read or was sent speaks for its owner, as the owner's
// findings do (documentOwner), whatever noun heads it; it returns the
// owner. A person or a post after the possessive ("the mayor's deputy",
// "the Red Cross's nurses") is no thing, and is read as before, and so is
// an owner in lower case ("the council's files").
func (v *view) ownedThing(x, y int) (int, int, bool) {
	if y-x < 3 {
		return 0, 0, false
	}
	h := &v.toks[y-1]
	if !h.word || h.capital || agentNoun(h.low) || personNoun(h.low) || h.post() || h.has(cStaff|cPronoun) {
		return 0, 0, false
	}
	a, b, ok := v.possessedOwner(x, y)
	if !ok || b <= a || !v.toks[b-1].capital || v.toks[a].has(cPronoun) || v.placeName(a, b) {
		return 0, 0, false
	}
	// Only lower-case words stand between the possessive and the head.
	for k := v.possEnd(b - 1); k < y-1; k++ {
		if t := &v.toks[k]; !t.word || t.capital {
			return 0, 0, false
		}
	}
	return a, b, true
}

// ownedThingOwner reads a source phrase [s, e) as a named owner's
// possessive before a thing of its own in lower case, whatever noun heads
// it: "Gasunie's pipeline meter put ...", "the Bundesbank's weekly reserve
// sheet puts", "according to Eurocontrol's traffic counter". The owner
// made or keeps the thing and claims what it reads, as it claims its
// findings (convention 8: the body, not its instrument or its document);
// a lexicon of such nouns (findings, publications, systems) never holds
// the next one. It returns the owner. A place owns no such thing as a
// body does ("Norway's ferry counter"), and a head that is itself a body
// or a team ("the University of Leeds's flood unit", "the council's flood
// team", "Santa Luzia's coastguard", "Lagos's state government",
// "Bornholm's regional municipality", any people) is
// written whole, as the dev files write them (ownBodies: "Hamas's armed
// wing"), and so are a kinsman ("Lech's brother") and an outlet's own
// reporter ("the Ledger's correspondent", who relays). What other readings own is left to them: a system, which
// speaks for its owner only when it watches (watchingSystem: "the Health
// Institute's booking system" keeps its words), and "latest" or "own"
// after the possessive (latestwork.go, reduce.go ownDocument: "Storm
// Ciarán's latest advisory" is no body's). An apostrophe with no space
// after it is inside a name ("Bruss'help"), no possessive.
func (v *view) ownedThingOwner(s, e int) (int, int, bool) {
	if e-s < 3 {
		return 0, 0, false
	}
	// The head's classes and its ending first, its word's lists after:
	// each list a string hashed.
	h := &v.toks[e-1]
	if h.has(cBody|cInstitution|cGroupNoun|cOffice|cGovernment|cPeople) || h.nameKind() {
		return 0, 0, false
	}
	// One thing, in the singular: a plural after a possessive is as often
	// the owner's people or groups ("Khartoum's emergency response
	// rooms"), and plural findings are the findings readers' own.
	if w := h.low; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us") {
		return 0, 0, false
	}
	if ownedThingStopIDs.has(&h.spelling) || spokenForOwn(h.low) {
		return 0, 0, false
	}
	// The owner opens the phrase: "volunteers in Khartoum's emergency
	// response rooms" are people in a place, whatever its rooms are.
	a, b, ok := v.ownedThing(s, e)
	if ok && a > s && !(a == s+1 && v.toks[s].has(cDeterminer)) {
		return 0, 0, false
	}
	if !ok || v.placeOwner(a, b) || v.knownPlace(a, b) || v.peoplesOnly(a, b) {
		return 0, 0, false
	}
	// A name, not people somewhere: "Sudanese-Australians in Melbourne's
	// west" are no owner of the west.
	for k := a; k < b; k++ {
		if v.toks[k].has(cPreposition) && !v.is(k, wOf, wFor) {
			return 0, 0, false
		}
	}
	if v.isOne(b, wApostrophe) && b+1 < e && !v.isOne(b+1, wS) && !v.toks[b+1].space {
		return 0, 0, false
	}
	if !v.thingHead(e) {
		return 0, 0, false
	}
	for k := b; k < e-1; k++ {
		if v.is(k, wLatest, wOwn) {
			return 0, 0, false
		}
	}
	return a, b, true
}

// ownedThingStops are the heads that are no thing of an owner's, each
// list's reason told where it is kept: a body's units, programmes,
// services and forces, a kinsman, an administration, a place, an
// outlet's own reporters (reduce.go), ownBodies, and "system" and
// "network" (watchingSystem). ownedThingOwner asks it of every source
// phrase's head by the head's id (ownedThingStopIDs).
var ownedThingStops = union(bodyUnits, programmes, serviceKinds, forceKinds, kin, adminNouns, placeNouns, ownReporters, ownBodies, map[string]bool{"system": true, "network": true})

// ownBodies are parts a body's possessive names that are bodies of their
// own, which the dev files write whole: a movement's "armed wing", the
// UN's "health cluster" of agencies, a city's "water utility"; and people
// of a name who speak as themselves, "Ms Aloni's family".
var ownBodies = set("wing cluster utility family household")

// spokenForOwn reports whether w is one person by a -man or -person
// compound ("ombudsman", "chairwoman", "spokesperson"): a post of its
// owner, which the office readings take ("Kestria's ombudsman" may be a
// state's office, written whole), no thing.
func spokenForOwn(w string) bool {
	return strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "person")
}

// thingHead reports whether the head closing a source phrase at e-1 reads
// as a thing, not a person, by what the sentence has it do (review52): a
// thing shows, puts, logs or records, it never says or tells, so a head
// before a verb of saying is a person whoever owns it ("Putin's critic
// said", "Musk's lawyer told"), who may speak against the owner. A head
// with a person's ending ("-er", "-or", "-ist", "-ic", "-ant", "-ent",
// "-ian": a critic, an opponent, a lawyer, but a meter or a counter too)
// is a thing only as the subject of a findings verb ("the pipeline meter
// showed"); in a frame with no verb of its own, "according to Navalny's
// lawyer", it stays a person.
func (v *view) thingHead(e int) bool {
	if e >= len(v.toks) {
		return false
	}
	n := &v.toks[e]
	report, finding := false, false
	if n.word {
		report, finding = v.verbAt(e)
	}
	if report && !finding && (plainSaying[stem(n.low)] || speakingOnly[n.low]) {
		return false
	}
	if personEnding(v.toks[e-1].low) {
		return finding
	}
	return true
}

// speakingOnly are forms of verbs of claim only a person does, besides
// plainSaying's stems: a thing "lists" or "records", it never adds or
// warns.
var speakingOnly = set("add adds added warn warns warned claim claims claimed")

// personEnding reports whether lower-cased w ends as a noun for a person
// may: "-er", "-or", "-ist", "-ic", "-ant", "-ent", "-ian", "-ee".
func personEnding(w string) bool {
	for _, end := range []string{"er", "or", "ist", "ic", "ant", "ent", "ian", "ee"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// union is one list of the words of lists l (those set true).
func union(l ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, x := range l {
		for w, ok := range x {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}
