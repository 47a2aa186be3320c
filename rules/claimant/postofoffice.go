package claimant

// A post of an organisation's office abroad speaks for the organisation
// (convention 8, as "Oxfam's Sudan director" does): "the head of Action
// Against Hunger's Sudan office", "the director of Oxfam's country
// programme", "the chief of the IRC's regional mission". The office is
// named after the organisation's possessive by the place or reach it
// covers; an office-holder's office ("the governor's office", "the
// Commissioner's office") is a body of its own and is read as written,
// and so is a place's ("Kharkiv's regional office").

// countryOffices are the names an organisation gives its offices abroad.
var countryOffices = set("office mission programme program operation operations delegation branch")

// officeReach are lower-case words saying which office, where no place is
// named: "country office", "regional mission", "field office".
var officeReach = set("country regional field national")

// postOfOffice reads the phrase [s, e) as a post at k, "of", and an
// organisation's office; it returns the organisation's name.
func (v *view) postOfOffice(s, k, e int) (int, int, bool) {
	t := &v.toks[k]
	if e-k < 6 || !t.post() || t.capital || t.has(cOfficeNoun) || !v.isOne(k+1, wOf) {
		return 0, 0, false
	}
	return v.officeOwner(k+2, e)
}

// officeOwner reads the phrase [s, e) as an organisation's office abroad,
// "Oxfam's Sudan office", "the IRC's Chad mission", "MSF's country
// programme"; it returns the organisation's name.
func (v *view) officeOwner(s, e int) (int, int, bool) {
	if e-s < 4 {
		return 0, 0, false
	}
	if last := &v.toks[e-1]; !last.word || last.capital || !countryOffices[last.low] {
		return 0, 0, false
	}
	m := e - 2
	if v.toks[m].word && !v.toks[m].capital && officeReach[v.toks[m].low] {
		m--
	} else if c := v.coveredPlaceBefore(m, s); c < m {
		m = c
	} else {
		return 0, 0, false
	}
	x, y, ok := v.possessor(m, s)
	if !ok || x < s || y <= x {
		return 0, 0, false
	}
	if v.toks[x].has(cDeterminer) {
		x++
	}
	// ("the head of Kharkiv's regional office": a post's phrase is read
	// by postOfOffice, its post first.)
	for n := x; n < y; n++ {
		if t := &v.toks[n]; t.word && !t.capital && t.post() {
			return 0, 0, false
		}
	}
	p := &v.toks[y-1]
	if x >= y || !p.capital || p.post() || v.placeOwner(x, y) || v.knownPlace(x, y) || !(p.shouted || v.named(x, y)) {
		return 0, 0, false
	}
	return x, y, true
}
