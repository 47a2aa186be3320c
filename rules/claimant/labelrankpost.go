package claimant

// A body's post in a transcript label may carry its grade: a rank before
// the post ("BNPB DEPUTY HEAD", "MERCY MALAYSIA ACTING DIRECTOR") or
// "-GENERAL" joined to it ("NADMA DIRECTOR-GENERAL"), or both. The grade
// says which of the body's posts she holds, not whom she speaks for, so
// the body before it speaks, as it does before a bare post ("JOHN
// MARSH, OXFAM COORDINATOR"; convention 1). An office of a place or a
// people ("PERAK DEPUTY GOVERNOR", "MALAYSIAN DEPUTY MINISTER") is read
// before this, and this refuses a place or a people's word too.

// rankedPostBody returns where the body's words end in a label segment
// [s, e) closed by a graded post, s when the post stands alone; ok is
// false when no grade stands there, or the words before it are a place's
// or a people's.
func (v *view) rankedPostBody(s, e int) (int, bool) {
	p := e
	graded := false
	if p-3 > s && v.isOne(p-1, wGeneral) && v.isOne(p-2, wDash) && !v.toks[p-1].space && !v.toks[p-2].space && v.toks[p-3].post() {
		p -= 2
		graded = true
	}
	if p-s < 2 || !v.toks[p-1].post() {
		return 0, false
	}
	b := p - 1
	for b-1 >= s && v.toks[b-1].word && postRanks[v.toks[b-1].low] {
		b--
		graded = true
	}
	if !graded {
		return 0, false
	}
	// ("KAMAL HARUN, DEPUTY DIRECTOR-GENERAL": the graded post alone
	// names no body; its holder speaks by name, as ownPost reads "DEPUTY
	// MAYOR".)
	if b == s {
		return s, true
	}
	// ("ROSLI OMAR, FORMER DEPUTY DIRECTOR-GENERAL": a modifier of the
	// holder's time in the post, the lexicon's ranks, names no body
	// either; she speaks by name.)
	if v.allRanks(s, b) {
		return s, true
	}
	if !v.allWords(s, b) || v.placeName(s, b) || v.demonym(s) {
		return 0, false
	}
	return b, true
}

// allRanks reports whether the words [s, b) are all the lexicon's ranks
// ("FORMER", "ACTING", "OUTGOING"), which qualify a post or a body
// without naming whose it is.
func (v *view) allRanks(s, b int) bool {
	for k := s; k < b; k++ {
		if !v.toks[k].word || !v.toks[k].has(cRank) {
			return false
		}
	}
	return b > s
}
