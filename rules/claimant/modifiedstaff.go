package claimant

// A body's staff word with lower-case modifiers before it, then "with",
// "for", "of" or "from" and a named body: "a senior official of the
// Sudanese Armed Forces", "a health ministry official of the Syrian
// government", "a military spokesman for the Houthis". The modifiers say
// what the post covers, even when they spell another body's alias
// ("military", "health ministry"); the body named after the preposition is
// the one the holder speaks for, as after a bare "an official of".

// staffOpens reports whether the staff word at k opens the phrase [s, e)
// but for a determiner and up to three lower-case modifiers before it
// (none of them "former" or "ex": one who held the post once speaks for
// no body).
func (v *view) staffOpens(s, k int) bool {
	m := s
	if m < k && v.toks[m].has(cDeterminer) {
		m++
	}
	if k-m > 3 || v.heldOnce(m, k) {
		return false
	}
	for ; m < k; m++ {
		if t := &v.toks[m]; !t.word || t.capital {
			return false
		}
	}
	return true
}

// postForOther reports whether alias a at token i, ending before e, only
// modifies a post that speaks for another body: "A military spokesman for
// the Houthis", "an army official of the Rapid Support Forces". The alias
// is written as the post's modifier, and "for", "of" or "with" after the
// post names the body the holder speaks for. A place there ("a military
// spokesman for southern Gaza") is the post's remit, and the alias stays.
func (v *view) postForOther(i, e int, a *alias) bool {
	k := i + len(a.words)
	if k+2 >= e || v.toks[k].capital || !(v.toks[k].has(cStaff) || v.toks[k].post()) || !v.is(k+1, wFor, wOf, wWith) {
		return false
	}
	// ("southern Gaza": a place's lower-case part before it.)
	m := k + 2
	for m < e && v.toks[m].word && !v.toks[m].capital && !v.toks[m].has(cDeterminer) {
		m++
	}
	return v.named(k+2, e) && !v.placeName(m, e)
}
