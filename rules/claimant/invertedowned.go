package claimant

// After an inverted verb the source may be a post "its" or "their" owns,
// with its holder's name or without: "..., said its president", "...,
// said its chairman Datuk Ong Kah Wai", "..., said its chief
// executive, Dana Moss". It is read as the same words before the verb are
// (verbattr.go, ownedpostname.go): a name right after the post is its
// appositive; the head of a named institution speaks for it and drops
// the name (institutionHead); a spokesperson speaks for the body; a post
// with no name speaks for what "its" takes up (pronounPost); any other
// post is held by the name.
// invertedSource refused every pronoun opening the phrase, as "..., said
// it had" opens what was said.

// ownedPostOpens reports whether the phrase [a, b) after an inverted verb
// opens on "its" or "their" and a post in lower case, or "president", of
// one or two words. (An office a pronoun owns, "said its mayor", is left
// as it was read.)
func (v *view) ownedPostOpens(a, b int) bool {
	if !v.is(a, wIts, wTheir) {
		return false
	}
	for k := a + 1; k < b && k <= a+2; k++ {
		t := &v.toks[k]
		if !t.word || t.capital {
			return false
		}
		if v.postEndsAt(k) || v.lowerPresident(k) {
			return true
		}
	}
	return false
}

// invertedOwnedPost settles at, read after an inverted verb over the
// phrase [a, b) that ownedPostOpens, as verbAttr settles the same subject.
func (v *view) invertedOwnedPost(at *attr, a, b int) {
	if at.app >= at.appEnd {
		if p, ok := v.ownedPostHolder(a, b); ok {
			at.srcEnd, at.app, at.appEnd = p, p, b
		}
	}
	if at.app >= at.appEnd {
		return
	}
	h := &v.toks[at.srcEnd-1]
	if spokesWord(h.low) || v.institutionHead(*at) {
		at.app, at.appEnd = 0, 0
		return
	}
	if v.nominal(at.app, at.appEnd) {
		at.src, at.srcEnd, at.app, at.appEnd = at.app, at.appEnd, 0, 0
	}
}
