package claimant

// US local copy titles its office-holders before their names with words
// the other files' titles do not use, and names the holder as the other
// files do (convention 8): "County Auditor Beth Langley", "Superintendent
// Karen Voss", "Rep. Tom Barrow", "Senate Minority Leader Jo Ann Keller"
// → the name. The county goes without saying in the county's own paper,
// a legislator's chamber is abbreviated, and a legislature's leaders are
// named by their side of the chamber.

// placedUnit reports whether tokens [s, p) are a place's noun alone,
// capitalised, scoping the office at p: "County Auditor", "City
// Manager", "State Treasurer", "District Attorney".
func (v *view) placedUnit(s, p int) bool {
	t := &v.toks[s]
	return p == s+1 && t.word && t.capital && !t.shouted && placeNouns[t.low]
}

// chamberLeader reports whether token k is a legislature's leader named by
// a side of the chamber, both capitalised: "Senate Minority Leader", "House
// Majority Leader", "Opposition Leader", "Floor Leader". The side makes
// "Leader" an office of the legislature, held by name as a speaker's or a
// senator's; a party's or a body's leader ("Hamas leader X") is a post and
// keeps its body.
func (v *view) chamberLeader(s, k int) bool {
	t := &v.toks[k]
	return k > s && t.word && t.capital && !t.shouted && t.low == "leader" && v.toks[k-1].capital && chamberSides[v.toks[k-1].low]
}

// chamberSides name a side or a role of a legislature's floor.
var chamberSides = set("majority minority opposition floor")

// localOffice reports whether token k, after the scope at sc, is an office
// a US county or city elects or appoints to run it, held by name in a
// transcript label as a governor's is: "CALDER COUNTY CLERK", "HARLAN
// COUNTY TREASURER", "FORT CALDER CITY MANAGER". The scope must be a
// government's (a county's or a city's), not a zone's: a body's post
// ("NEMA ZONAL COORDINATOR", "OXFAM COUNTY COORDINATOR") stays the body's.
func (v *view) localOffice(sc, k int) bool {
	return localScopes[v.toks[sc].low] && localOffices[v.toks[k].low]
}

// localScopes are the scopes of a US local government.
var localScopes = set("county city")

// localOffices are a US county's and city's offices: its elected row
// officers and its appointed manager.
var localOffices = set("clerk treasurer auditor assessor recorder coroner sheriff executive attorney judge commissioner manager")
