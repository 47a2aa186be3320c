package claimant

// A named organisation's officials speak for it, as its teams and
// volunteers do ("Red Crescent volunteers", convention 8's people of a
// named body): "Egyptian Red Crescent officials gave us that number",
// "Kenya Red Cross officials said", "A Save the Children worker in
// Khartoum put it to me". Outlets quote different officials of
// the same body for the same count; the body is what stays the same. A
// people's officials ("Ukrainian officials"), a place's ("Maui County
// officials") and a one-word government office's ("Treasury officials")
// are kept as written: they name a side or a government, no body with a
// proper name of its own.

// bodyStaff are the words for a body's people in their role: its
// officials, workers and employees.
var bodyStaff = set("official officials worker workers staffer staffers employee employees")

// namedBodyOfficials reports whether one of bodyStaff at k
// follows a name of two or more capitalised words from s (a determiner
// before it passed over) that is no people's and no place's.
//
// reduce asks it of every word of every source phrase, most of them no
// staff word and most phrases too short for a name before one: the tests
// of the token and of the phrase's length come before bodyStaff, a map.
func (v *view) namedBodyOfficials(s, k int) bool {
	t := &v.toks[k]
	if t.capital || len(t.low) < len("worker") || len(t.low) > len("employees") {
		return false
	}
	if s < k && v.toks[s].has(cDeterminer) {
		s++
	}
	if k-s < 2 || !bodyStaffIDs.has(&t.spelling) {
		return false
	}
	for m := s; m < k; m++ {
		// ("Two Egyptian officials": people counted, of no body.)
		// ("A Save the Children worker": a link word inside the name;
		// "AFAD and Syrian officials" are two sides' people.)
		if t := &v.toks[m]; !t.word || !t.capital && !(m > s && m+1 < k && t.has(cLink|cDeterminer) && !v.isOne(m, wAnd) && t.low != "&" && v.toks[m+1].capital) || t.num || t.fig || t.has(cSpeakerCount) || t.has(cQuantifier) {
			return false
		}
	}
	return !v.peoplesOnly(s, k) && !v.placeName(s, k)
}
