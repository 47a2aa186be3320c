package claimant

// An office or a post before its holder's name in commas, where no body
// speaks through it, is held by the name (testdata/README.md, convention
// 8), as "the regional governor, Ivan Melnyk," is (held.go officeHolder).
// Court, inquest and parliamentary copy writes three such kinds that the
// office nouns do not reach:
//   - a judicial office, and an office held for a place after "for":
//     "The senior coroner for West Yorkshire, Harriet Merrow, found",
//     "the minister for Europe, Anna Veldt, said";
//   - an office or post held once, whose holder now speaks for herself:
//     "The former health secretary, Sir Edmund Carrow, once told me", as
//     "Chris Gunness, a former spokesman for UNRWA" does (apposition.go);
//   - a post of an institution named only by its kind, that takes up no
//     named one: "the hospital's medical director, Dr Neil Farrant" (where
//     a named hospital is in the text, "the hospital" takes it up first:
//     name.go's corefer).

// judicialOffices are offices of the courts and inquests, whose holder
// finds and rules as herself.
var judicialOffices = set("coroner judge magistrate")

// holderAside returns the holder's name in the appositive [a, b) beside
// the source phrase [s, e) (read down from [src, srcEnd)) when the phrase
// is an office or a post no body speaks through: a judicial office, an
// office for a place, or a post held once.
func (v *view) holderAside(src, srcEnd, s, e, a, b int) (int, int, bool) {
	if a >= b || e <= s || s != src || e != srcEnd {
		return 0, 0, false
	}
	last := &v.toks[e-1]
	switch {
	case judicialOfficeIDs.has(&last.spelling) && !last.capital:
	case v.officeForPlace(s, e):
	case v.heldOnce(s, e) && (last.post() || last.has(cOfficeNoun)) && !last.capital:
	default:
		return 0, 0, false
	}
	return v.holderBeside(a, b)
}

// officeForPlace reports whether the phrase [s, e) closes on a lower-case
// office, "for" and a place's name of one to three capitalised words: "the
// senior coroner for West Yorkshire", "the minister for Europe" (a place
// as placename.go knows it). The place says where the office is held; no
// body is named.
func (v *view) officeForPlace(s, e int) bool {
	for k := e - 1; k > s+1 && k >= e-4; k-- {
		if v.isOne(k, wFor) {
			p := &v.toks[k-1]
			return p.word && !p.capital && (p.has(cOfficeNoun) || judicialOfficeIDs.has(&p.spelling)) && v.placeName(k+1, e)
		}
		if !v.toks[k].word || !v.toks[k].capital {
			return false
		}
	}
	return false
}

// unnamedInstitutionPost returns the holder's name in the appositive [a,
// b) when the source phrase [src, srcEnd) is a post owned by an
// institution named only by its kind, read down to that kind [s, e):
// "the hospital's medical director, Dr Neil Farrant". A named
// institution's post speaks for it; an unnamed one names no body.
func (v *view) unnamedInstitutionPost(src, srcEnd, s, e, a, b int) (int, int, bool) {
	if v.isOne(s, wThe) {
		s++
	}
	if a >= b || e-s != 1 || e >= srcEnd || v.toks[s].capital || !v.toks[s].has(cInstitution) || !v.toks[s].poss {
		return 0, 0, false
	}
	if !v.toks[srcEnd-1].post() || v.heldOnce(s, srcEnd) {
		return 0, 0, false
	}
	return v.holderBeside(a, b)
}

// pronounPost reports whether the source of at is a post owned by "its"
// or "their" with no name beside it: "its chief executive", "their
// spokeswoman". (With a name, "its head, Yunus Sezer," the name holds
// the office; see verbAttr.)
func (v *view) pronounPost(at attr) bool {
	return at.kind == kVerb && at.app >= at.appEnd && at.srcEnd-at.src >= 2 && v.is(at.src, wIts, wTheir) && (v.postEndsAt(at.srcEnd-1) || v.lowerPresident(at.srcEnd-1))
}

// postsBody reports whether tokens [x, y), the subject "its" takes up
// before a post, name a body its post holder speaks for: a name that is
// no place, or a body's, an institution's, a force's or a government's
// kind ("the charity", "the hospital", "Israel's army"). A place's post
// holder is written as a place's ("Kharkiv was hit by 12 missiles, its
// mayor said": Kharkiv's mayor, not Kharkiv), and
// a thing's people speak for themselves ("The book has sold 2 million
// copies, its author said", "The vessel was carrying 250 migrants, its
// operator said"): neither is the subject's.
func (v *view) postsBody(x, y int) bool {
	s := x
	if v.toks[s].has(cDeterminer) {
		s++
	}
	if s >= y || v.knownPlace(s, y) {
		return false
	}
	if h := v.toks[y-1].low; nameKind(h) || genericBodies[h] || mediaNouns[h] || forceNouns[h] || forceKinds[h] || governments[h] {
		return true
	}
	return v.toks[y-1].capital && v.named(s, y)
}

// unnamedPostHolder returns the holder's name in the appositive [a, b)
// when the source phrase [src, srcEnd) is a post in lower case that names
// no body: "The community leader, Christakis Neophytou,", "the camp's
// director, Yassin Adam,", "the village headman, Ali Musa,". With no body
// to speak for, the person speaks for herself, by name (convention 1). A
// post of a body by its kind ("the agency's director, X", "a spokesman for
// the ministry, X") speaks for the body, and is read before this.
func (v *view) unnamedPostHolder(src, srcEnd, a, b int) (int, int, bool) {
	k := src
	if k < srcEnd && v.toks[k].has(cDeterminer) {
		k++
	}
	if a >= b || srcEnd-k < 2 || srcEnd-k > 5 || !v.toks[srcEnd-1].post() || v.heldOnce(k, srcEnd) {
		return 0, 0, false
	}
	for m := k; m < srcEnd; m++ {
		t := &v.toks[m]
		if t.capital || t.num || t.has(cBody|cForce|cGovernment|cPronoun) || t.word && nameKind(t.low) || t.has(cStaff) && m < srcEnd-1 {
			return 0, 0, false
		}
	}
	return v.holderBeside(a, b)
}
