package claimant

// An office written as a phrase: an organisation's possessive ("the Red
// Cross's president"), a remit after "for" or "of" ("the minister for
// social affairs", "the Minister of Health") or a place after "to" ("the
// envoy to Lebanon"). These readers stand apart from held.go's holder's
// name because they read the office's own words, whose holder is named
// beside it.

// organisationsOffice reads the phrase [s, e) as an office a
// named organisation's possessive owns: "the Red Cross's president",
// "the Chamber of Commerce's president". The named head of a named
// organisation speaks for it (README convention 8), where "Ukraine's
// president" and "Kyiv's mayor" hold an office of government: an owner of
// two capitalised words or more that is no place. It returns the owner.
// (A place the rules do not know, "the Republika Srpska's president",
// is read as an organisation.)
func (v *view) organisationsOffice(s, e int) (int, int, bool) {
	p := e - 3
	if p-1 < s || !headOfficeIDs.has(&v.toks[e-1].spelling) || !v.isOne(p, wApostrophe) || !v.isOne(p+1, wS) || !v.toks[p-1].poss {
		return 0, 0, false
	}
	o := v.capitalsBefore(p, s)
	if o > s && v.isOne(o-1, wOf) {
		// "the Chamber of Commerce's": a name's of-phrase.
		o = v.capitalsBefore(o-1, s)
	}
	if p-o < 2 || v.knownPlace(o, p) || v.placeName(o, p) || v.knownRegion(o, p) || v.knownPlace(p-1, p) {
		return 0, 0, false
	}
	for k := o; k < p; k++ {
		if t := &v.toks[k]; t.shouted || t.has(cDay) || v.demonym(k) && k == p-1 {
			return 0, 0, false
		}
	}
	return o, p, true
}

// officeForRemit reports whether the phrase [s, e) closes on an office
// and its remit after "for", in lower case: "the alderman for housing",
// "the minister for social affairs". The remit is the office's, whose
// holder is named beside it.
func (v *view) officeForRemit(s, e int) bool {
	for k := e - 2; k > s && k >= e-4; k-- {
		if !v.toks[k].word || v.toks[k].capital {
			return false
		}
		if v.isOne(k, wFor) {
			return v.toks[k-1].has(cOfficeNoun) && !v.toks[k-1].capital
		}
	}
	return false
}

// officeOfRemit reports whether the phrase [s, e) is a government's office
// written as a title with its remit after "of", perhaps after its people's
// adjective: "the Minister of Health", "the Ivorian Minister of Secondary
// Education", "the Chancellor of the Exchequer". A translated press writes
// a ministry's head so (French "le ministre de la Santé"), and the holder
// named beside it is the claimant as "the health minister, X" makes her
// (convention 8). An office an organisation's head holds too ("the
// President of the Red Cross"; headOffices) or a remit naming a body by
// its kind ("the Governor of the Central Bank") is read as before.
func (v *view) officeOfRemit(s, e int) bool {
	k := s
	if k < e && v.toks[k].has(cDeterminer) {
		k++
	}
	if k < e && v.demonym(k) {
		k++
	}
	if k+2 >= e || !v.isOne(k+1, wOf) {
		return false
	}
	if o := &v.toks[k]; !o.word || !o.has(cOfficeNoun) || headOfficeIDs.has(&o.spelling) {
		return false
	}
	n := k + 2
	if v.isOne(n, wThe) {
		n++
	}
	if n >= e || !v.capitalisedWords(n, e, false) {
		return false
	}
	for m := n; m < e; m++ {
		if v.toks[m].has(cBody | cInstitution | cNameKind) {
			return false
		}
	}
	return true
}

// officeToPlace reports whether the phrase [s, e) closes on an office in
// lower case and the place it is held to, a name in capitals after "to":
// "the envoy to Lebanon", "the ambassador to the Holy See". The place is
// the office's, as "the governor of Cagayan"'s is, and its holder is
// named beside it.
func (v *view) officeToPlace(s, e int) bool {
	for k := e - 2; k > s && k >= e-5; k-- {
		if v.isOne(k, wTo) {
			n := k + 1
			if v.isOne(n, wThe) {
				n++
			}
			o := &v.toks[k-1]
			return n < e && o.has(cOfficeNoun) && !o.capital && v.capitalisedWords(n, e, true)
		}
	}
	return false
}

// headOffices are the offices (officeNouns) an organisation's head holds
// as well as a government's: "the Red Cross's president", "the
// federation's chief"; a governor, a mayor or a minister is always
// government's.
var headOffices = set("president chief commissioner")
