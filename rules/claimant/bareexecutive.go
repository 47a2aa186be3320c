package claimant

// A company's or an agency's head named after her post, with no owner,
// closing the sentence whose subject is the organisation: "A port
// authority moved N tonnes ..., managing director X said", "A telecom
// earned N ..., chief executive Y said". The
// post is the subject's as it is with "its" ("its chief executive said",
// holderaside.go pronounPost; "its chairman Rear Admiral X told",
// ownedpostname.go), and the organisation speaks (convention 8: the named
// head of a named organisation speaks for it, whether or not the name
// follows). An office of government ("regional governor X said") keeps
// its holder's name, and so does a post after a subject that is no
// organisation's own name (a place, a ministry, a person).

// bareExecutive reports whether the source of at, closing its sentence
// after a comma, is an executive post with no owner, then its holder's
// name: "managing director Capt X Y", "chief executive Jane Doe",
// "general manager X".
func (v *view) bareExecutive(at attr) bool {
	s := at.src
	if at.kind != kVerb || !at.back || s < 2 || !v.isOne(s-1, wComma) || at.app < at.appEnd {
		return false
	}
	k := s
	for k < at.srcEnd && k <= s+1 && !v.toks[k].capital && postRanks[v.toks[k].low] {
		k++
	}
	if k >= at.srcEnd || v.toks[k].capital || !executivePosts[v.toks[k].low] && !(v.toks[k].low == "chief" && k+1 < at.srcEnd && v.toks[k+1].low == "executive") {
		return false
	}
	if v.toks[k].low == "chief" {
		k++
	}
	// "chief executive", "managing director", "general manager": one post
	// of two words at most, in lower case, with no rank before it past
	// the one read ("executive director").
	if k+1 < at.srcEnd && !v.toks[k+1].capital && v.toks[k+1].post() {
		k++
	}
	n := v.afterRanks(k+1, at.srcEnd)
	return n < at.srcEnd && v.personName(n, at.srcEnd)
}

// executiveSubject returns the sentence's subject, before the closing
// attribution at, when it is an organisation by its own name: closed by
// an institution, or by a proper name of its own that is no kind of
// government body (institutionhead.go ownNameCloses, officeKindIn).
func (v *view) executiveSubject(at attr) (int, int, bool) {
	x, y := v.npAfter(v.skipDateline(0), at.src)
	if y <= x || y >= at.src || !v.toks[y-1].capital || v.knownPlace(x, y) {
		return 0, 0, false
	}
	if !v.toks[y-1].has(cInstitution) && !(v.ownNameCloses(y-1) && !v.officeKindIn(x, y)) {
		return 0, 0, false
	}
	return x, y, v.postsBody(x, y)
}
