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
	for k := s + 1; k+1 < e; k++ {
		if !v.isOne(k, wIn) {
			continue
		}
		// "the Centre for Civilians in Conflict", "Journalists in Exile":
		// a state the body's people are in closes its name; no place.
		if k+2 == e && circumstances[v.toks[k+1].low] {
			return e
		}
		n := s
		if v.toks[n].has(cDeterminer) {
			n++
		}
		// "Rescuers in Hatay": a capital that only opens the sentence is
		// no name.
		if (n > 0 || k-n > 1) && v.placedName(n, k) && (v.allCapitalised(k+1, e) || v.nameInPlace(k, n, e) || v.homePlace(k, e)) && !v.ministryName(n, k) {
			return k
		}
		return e
	}
	return e
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
	if e-s > 1 && institutionNouns[v.toks[e-1].low] && !v.toks[e-1].capital && v.toks[e-2].capital {
		e--
	}
	for k := s; k < e; k++ {
		if v.isOne(k, wDash) && !v.toks[k].space && k > s && k+1 < e {
			continue
		}
		if t := &v.toks[k]; !(t.word && t.capital) && !t.has(cLink) && !v.is(k, wFullStop, wApostrophe, wAmpersand) {
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
	if institutionNouns[v.toks[e-1].low] {
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
