package claimant

// A place's part named by its compass point, "Northern Ghana", "Southern
// Punjab", "North-west Syria", is a region as a continent is: no
// government speaks for it, so what it recorded ("Northern Ghana recorded
// only 40 per cent of its normal rainfall") is where it happened, told by
// no one (recorded.go regionRecorded), where "Ghana recorded" keeps the
// state's name. A compass point that is part of a place's own name
// ("Northern Ireland", "South Sudan", "West Bengal") makes a place the
// rules know whole, with a government of its own, and is no part.

// compassPart reports whether tokens [s, e) are a capitalised compass
// point ("Northern", "North-west") and a place the rules know, the whole
// being no place they know.
func (v *view) compassPart(s, e int) bool {
	if e-s < 2 || !v.toks[s].capital || !directionIDs.has(&v.toks[s].spelling) {
		return false
	}
	m := s + 1
	// "North-west Syria", "South-East Asia" (a region the rules know whole).
	if m+1 < e && v.isOne(m, wDash) && !v.toks[m].space && directionIDs.has(&v.toks[m+1].spelling) {
		m += 2
	}
	return m < e && v.knownPlace(m, e) && !v.knownPlace(s, e) && !v.knownRegion(s, e)
}
