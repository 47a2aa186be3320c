package claimant

// placeOffices are offices held for a place, whose holder's label names
// the place after the name: "MAYOR ELENA VOSS, KERRVILLE", "SHERIFF TOM
// ALVAREZ, BURNET COUNTY", "SEN. ANNA LOWE, OHIO".
var placeOffices = set("mayor governor gov premier sheriff councillor councilor alderman alderwoman senator sen rep representative")

// localTitles are titles of local office not in the other lists of
// titles, skipped before a label's name like them (see afterTitles).
var localTitles = set("sheriff councillor councilor alderman alderwoman")

// titledNamePlace reports whether a label's first segment [start, c) is a
// place's office-holder by name ("MAYOR ELENA VOSS"): then a short
// segment after the comma is the place she holds it for, not a body she
// speaks for. A personal title ("DR. AMIRA SALEH, MSF") says no such
// thing, and the body after it still speaks.
func (v *view) titledNamePlace(start, c int) bool {
	if !placeOffices[v.toks[start].low] {
		return false
	}
	return v.afterTitles(start, c) > start
}
