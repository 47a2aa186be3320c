package claimant

// How much of a name with a place to write (README convention 8): a
// proper name's place is cut, a generic body's or a ministry named by its
// kind is kept.

// namePlace returns the end of a proper name that a place follows: "The
// Red Crescent in eastern Libya" is the Red Crescent. A generic body keeps
// its place ("the health ministry in Damascus"): the place says whose it
// is; so does a ministry named by its kind ("The Ministry of Defence in
// London", "the Ministry of Health in Khartoum"), which most countries
// have.
func (v *view) namePlace(s, e int) int {
	// "confirmed by Libya's Red Crescent in Derna alone": a word of focus
	// closing the place is no part of it.
	if e-2 > s && focusAfterPlaceIDs.has(&v.toks[e-1].spelling) {
		e--
	}
	for k := s + 1; k+1 < e; k++ {
		if !v.isOne(k, wIn) {
			continue
		}
		// "the Centre for Civilians in Conflict", "Journalists in Exile":
		// a state the body's people are in closes its name; no place.
		if k+2 == e && v.toks[k+1].has(cCircumstance) {
			return e
		}
		n := s
		if v.toks[n].has(cDeterminer) {
			n++
		}
		// "the Hamas-run Government Media Office in Gaza": a backer
		// describes the name (ownercompound.go), which the place follows,
		// when the name closes on a kind of body; "the Iran-backed
		// Islamic Resistance in Iraq" is named with its place.
		if n+3 < k && v.backerCompound(n) && (v.toks[k-1].nameKind() || v.toks[k-1].has(cBody)) {
			n += 3
		}
		// "The State Emergency Service here in Dnipro": where the speaker
		// stands is not part of the name either.
		m := k
		if m-1 > n && v.is(m-1, wHere, wThere) {
			m--
		}
		// "Rescuers in Hatay": a capital that only opens the sentence is
		// no name, after a dateline too ("LAGOS — Police in Lagos state"):
		// one word that is a force or people is a kind, which keeps its
		// place.
		// ("in the Al-Nasr district": a kinded place with its
		// article.)
		p := k + 1
		if p+1 < e && v.isOne(p, wThe) {
			p++
		}
		if (n > 0 || m-n > 1) && !(m-n == 1 && (v.toks[n].has(cForce) || v.toks[n].agent())) && v.placedName(n, m) && (v.allCapitalised(k+1, e) || v.nameInPlace(k, n, e) || v.homePlace(k, e) || v.kindedPlace(p, e)) && !v.ministryName(n, m) && !v.missionName(n, m) {
			return m
		}
		return e
	}
	return e
}

// kindedPlace reports whether tokens [s, e) are a place's name closed by
// its kind in lower case, as outlets write a province or a camp: "Gezira
// state", "Kharkiv region", "Zamzam camp". (A camp for the displaced is
// named as a town is.)
func (v *view) kindedPlace(s, e int) bool {
	// ("the Hay Al-Nasr district": a hyphen joining a name's words uses
	// no room.)
	if e-s < 2 || e-s > 6 || e-s > 4 && !v.hyphenedWithin(s, e) {
		return false
	}
	last := &v.toks[e-1]
	if last.capital || !last.word || !(placeNouns[last.low] || placeKindIDs.has(&last.spelling) || last.low == "camp") {
		return false
	}
	return v.capitalisedWords(s, e-1, true)
}

// circumstances are states a body's name says its people are in ("in
// Conflict", "in Need"), written capitalised after "in" as places are.
var circumstances = set("conflict crisis need distress danger war emergencies exile detention peril")

// placedName reports whether tokens [s, e) are a proper name a place may
// follow: capitalised words, hyphens joining them ("Al-Aqsa Martyrs
// Hospital"), and a lower-case kind of institution closing a name
// ("Kamal Adwan hospital", "the Al-Awda hospital in Jabalia"), which
// outlets write either way.
func (v *view) placedName(s, e int) bool {
	if e-s > 1 && v.toks[e-1].has(cInstitution) && !v.toks[e-1].capital && v.toks[e-2].capital {
		e--
	}
	for k := s; k < e; k++ {
		if v.isOne(k, wDash) && !v.toks[k].space && k > s && k+1 < e {
			continue
		}
		// ("Libya's Red Crescent in Derna": a possessive's s is in it;
		// "the International Committee of the Red Cross in Kherson": so
		// is "the" between capitals, or after a link word before one.)
		if t := &v.toks[k]; !(t.word && t.capital) && !t.has(cLink) && !v.is(k, wFullStop, wApostrophe, wAmpersand) && !(v.isOne(k, wS) && v.isOne(k-1, wApostrophe)) && !(v.isOne(k, wThe) && k > s && k+1 < e && v.toks[k+1].capital) {
			return false
		}
	}
	return v.anyCapital(s, e)
}

// distinctName reports whether the name [s, e) names one body, not a kind
// many places have: three capitalised words or more ("Al-Aqsa Martyrs
// Hospital", "Emergency Response Rooms"), or a kind of institution closing
// it ("Kamal Adwan hospital").
func (v *view) distinctName(s, e int) bool {
	if v.toks[e-1].has(cInstitution) {
		return true
	}
	n := 0
	for k := s; k < e; k++ {
		if v.toks[k].capital && v.toks[k].word {
			n++
		}
	}
	return n >= 3
}

// nameAt returns the end of a proper name closed by a kind of body that
// "at" and one capitalised word follow: "The Migration Observatory at
// Oxford" is the Migration Observatory, as "in" a place is cut. The
// name's own kind says it is a body in its own right; people at a place
// ("Doctors at Al-Shifa") and a unit of a body ("the emergency
// department at Nasser Hospital") are read elsewhere. e when the phrase
// [s, e) is no such thing.
func (v *view) nameAt(s, e int) int {
	k := e - 2
	if k-s < 2 || !v.is(k, wAt) || !v.toks[k+1].capital || !v.toks[k+1].word || v.toks[k+1].shouted {
		return e
	}
	last := &v.toks[k-1]
	if !last.capital || !last.word || !nameKind(last.low) && !unitNouns[last.low] {
		return e
	}
	n := s
	for n < k && v.toks[n].has(cDeterminer) {
		n++
	}
	if k-n < 2 || !v.placedName(n, k) {
		return e
	}
	return k
}

// focusAfterPlace are words of focus a place may close on, "in Derna
// alone", "in Kharkiv itself": they narrow what is counted, and name no
// place.
var focusAfterPlace = set("alone itself only")

// nameInKindedPlace reports whether token i is "in" or "of" between a
// capitalised name and "the" and a kinded place ending at end: "the Mutual
// Aid Kitchen in the Al-Nasr district said", "the Tenants Committee of the
// Lakeside district said". Read back from the verb, the phrase is the name
// and its place (namePlace then cuts a place after "in"; an of-phrase is
// the name's own), not the place alone: a district never speaks.
func (v *view) nameInKindedPlace(i, lo, end int) bool {
	return i-1 >= lo && i+2 < end && v.is(i, wIn, wOf) && v.isOne(i+1, wThe) && v.toks[i-1].word && v.toks[i-1].capital && !v.sentenceWord(i-1) && v.kindedPlace(i+2, end)
}

// hyphenedWithin reports whether a hyphen joins two words, with no space,
// inside tokens [s, e).
func (v *view) hyphenedWithin(s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		if v.isOne(k, wDash) && !v.toks[k].space && !v.toks[k+1].space {
			return true
		}
	}
	return false
}
