package claimant

// A government's body named by its remit and its kind, with its officials
// after it: "Water Board officials said", "Education Ministry staff
// counted". A named body's officials, in the plural, speak for it
// (convention 8, as those at a named ministry do), and outlets quote
// different officials of the same ministry for the same count; the body
// is what stays the same. A place's or a people's officials ("Nepali
// officials", "district officials") and a site's ("hospital officials")
// have no body named, and keep their phrase.

// remitBodyKinds are the kinds of body a government names by a remit
// before them: "Education Ministry", "Health department", "Water board".
var remitBodyKinds = set("ministry department directorate board commission authority agency")

// kindOfficials returns the body in the phrase [s, e) when it closes on
// officials or staff in the plural after a capitalised remit and a kind
// of body: the remit and the kind.
func (v *view) kindOfficials(s, e int) (int, int, bool) {
	if e-s < 3 {
		return 0, 0, false
	}
	o, k, r := &v.toks[e-1], &v.toks[e-2], &v.toks[e-3]
	if !o.word || o.capital || o.low != "officials" && o.low != "staff" {
		return 0, 0, false
	}
	if !k.word || k.shouted || !remitBodyKinds[k.low] || !r.word || !r.capital || r.shouted || r.nameKind() || r.has(cDeterminer|cPronoun|cDay|cMonthName) || v.demonym(e-3) || v.placeName(e-3, e-2) || v.knownPlace(e-3, e-2) {
		return 0, 0, false
	}
	x := e - 3
	if x > s && !(x-1 == s && v.toks[s].has(cDeterminer)) {
		return 0, 0, false // "senior Water Board officials": left as read
	}
	return x, e - 1, true
}
