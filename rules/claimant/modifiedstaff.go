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
