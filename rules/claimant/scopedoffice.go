package claimant

// A transcript label may give a territory's office with the territory's
// name and its scope before it: "DAVID KAURA, ENGA PROVINCIAL
// ADMINISTRATOR:", "MARIA SANTOS, CEBU PROVINCIAL GOVERNOR:", "JOHN OBI,
// ENUGU STATE ADMINISTRATOR:". The scope says the word before it is a
// province, a region or a district, whether or not the finder knows the
// place, and the office is one of government: its holder speaks by name
// (README convention 8). A body's post with a scope ("NEMA ZONAL
// COORDINATOR") is no office of a territory, and stays the body's.

// territoryScopes are the scopes of a territory's government.
var territoryScopes = set("provincial regional district county municipal state city oblast")

// territoryOffices are offices that govern a territory.
var territoryOffices = set("governor mayor administrator premier")

// scopedTerritoryOffice reports whether the label segment [s, e) is a name
// of one or two words, a territory's scope and an office that governs it.
func (v *view) scopedTerritoryOffice(s, e int) bool {
	if e-s < 3 || e-s > 4 || !territoryOffices[v.toks[e-1].low] && !v.localOffice(e-2, e-1) || !territoryScopes[v.toks[e-2].low] {
		return false
	}
	for k := s; k < e-2; k++ {
		if t := &v.toks[k]; !t.word || !t.capital || t.has(cBody) || t.has(cInstitution) || t.post() {
			return false
		}
	}
	return true
}

// headOfAdministration reports whether the label segment [s, e) is the
// head of a territory's administration, written in capitals: "HEAD OF THE
// KHARKIV REGIONAL MILITARY ADMINISTRATION", "HEAD OF SUMY CITY COUNCIL".
// A label's capitals hide which words are a name, so the territory's
// scope before the kind of administration says it is one of government.
func (v *view) headOfAdministration(s, e int) bool {
	if e-s < 5 || v.toks[s].low != "head" || !v.isOne(s+1, wOf) || !adminNouns[v.toks[e-1].low] {
		return false
	}
	scope := false
	for k := e - 2; k > s+1 && (territoryScopes[v.toks[k].low] || v.toks[k].low == "military"); k-- {
		scope = scope || territoryScopes[v.toks[k].low]
	}
	return scope
}
