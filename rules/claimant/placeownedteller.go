package claimant

// A place's own teller after a possessive pronoun: "The country has
// reported 41,020 deaths, its disaster agency said", "The region has lost
// 18,000 homes, their emergency services said", "Kharkiv was hit by 12
// missiles, its mayor said". The pronoun takes up a place, which tells
// nothing itself (recorded.go): the body or the office it owns does, and
// is written as the text writes it, "its disaster agency" as "their
// federation" is (convention 7: a coreference is kept as written; 8: an
// office without its holder's name is written as the office). A body's
// own unit or post ("The Red Crescent ..., its logistics unit said") is
// the body's (convention 1), read as its posts are (holderaside.go
// postsBody); a thing's people ("The book ..., its author said") are left
// unread, as before.

// ownedBody reports whether attribution at's source is a body a
// possessive pronoun owns, closing its clause: "its disaster agency",
// "their emergency services", "its civil protection agency", with no name
// beside it. A capitalised word is a name of its own ("its Home Office"),
// read as names are.
func (v *view) ownedBody(at attr) bool {
	if at.kind != kVerb || at.app < at.appEnd || at.srcEnd-at.src < 2 || at.srcEnd-at.src > 5 || !v.is(at.src, wIts, wTheir) {
		return false
	}
	for k := at.src + 1; k < at.srcEnd; k++ {
		if t := &v.toks[k]; !t.word || t.capital || t.num {
			return false
		}
	}
	h := v.toks[at.srcEnd-1].low
	return nameKind(h) || genericBodies[h] || forceNouns[h] || governments[h]
}

// placeOwnedTeller returns, when attribution a closes the sentence on a
// body or a post a possessive pronoun owns and the pronoun takes up the
// sentence's subject, a place (by its kind, "The country", or by name,
// "Kharkiv"), the teller as written. handled is true when a is such a
// teller: ok false then says the subject was no place, and the caller
// reads it on. ft is the figure's token.
func (c *call) placeOwnedTeller(si int, v *view, a attr, ft int) (cl Claimant, ok, handled bool) {
	if !a.back || !(v.ownedBody(a) || v.pronounPost(a)) {
		return Claimant{}, false, false
	}
	lo := v.skipDateline(c.afterProgrammeLabel(si, v))
	// ("15:30 – WHO has recorded ...": a stamp before the subject is
	// no one's.)
	if ft < lo && v.ownedBody(a) {
		return Claimant{}, false, true
	}
	x, y := v.npAfter(lo, a.src)
	if y <= x || y >= a.src {
		return Claimant{}, false, false
	}
	s := x
	if v.toks[s].has(cDeterminer) && !v.isOne(s, wThe) {
		return Claimant{}, false, false
	}
	if v.isOne(x, wThe) {
		s++
	}
	if !v.placeByKind(x, y) && !v.knownPlace(s, y) {
		// "WHO has recorded 2,000 attacks ..., its country office
		// says": a body's own unit speaks for the body, as its post
		// does (find.go pronounPost); a thing's is left unread.
		if v.ownedBody(a) {
			if v.postsBody(x, y) && !c.commonOpening(v, x, y) {
				cl, ok := c.name(v, attr{src: x, srcEnd: y, anchor: a.anchor})
				return cl, ok, true
			}
			return Claimant{}, false, true
		}
		return Claimant{}, false, false
	}
	// Written as the text writes it, the pronoun kept: "its mayor" alone
	// is no name for a reader, and another outlet's "the mayor" is the
	// same coreference.
	return Claimant{Words: c.d.Text[v.toks[a.src].start:v.toks[a.srcEnd-1].end], Start: v.toks[a.src].start, End: v.toks[a.srcEnd-1].end, How: InSentence}, true, true
}
