package claimant

// An announcement may say its figures in a participle right after its
// noun, with no comma: "The interior ministry in Kyiv just put out a
// statement saying 1,700 people have been evacuated", "The IDF issued an
// update stating that 40 rockets were fired". The announcement says what
// its issuer says, so the participle is read as after a comma ("...,
// saying"): its subject is the main clause's (sharedSubject), whoever put
// the announcement out. Only a participle of saying counts, after an
// announcement noun in lower case that an article or a possessive opens:
// "a statement warning of ..." tells no figure, and "Statement saying"
// in a headline has no clause before it.

// statementSaying reports whether the -ing form at i is "saying" or
// "stating" right after an announcement ("a statement", "its update", "a
// brief statement").
func (v *view) statementSaying(i int) bool {
	if i < 3 || !v.is(i, wSaying, wStating) || !v.toks[i].space {
		return false
	}
	n := &v.toks[i-1]
	if !n.word || n.capital || !n.has(cAnnouncement) {
		return false
	}
	// "a statement", "a brief statement", "its latest update".
	for d := i - 2; d >= 0 && d >= i-4; d-- {
		t := &v.toks[d]
		if t.has(cDeterminer) || v.is(d, wIts, wTheir) {
			return true
		}
		if !t.word || t.capital || t.report || v.isVerbLike(d) {
			return false
		}
	}
	return false
}
