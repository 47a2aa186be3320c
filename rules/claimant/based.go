package claimant

// Where a body is based, before its name: "the New York-based Committee to
// Protect Journalists", "the Geneva-based Euro-Mediterranean Human Rights
// Monitor", "the London-based monitor Airwars". The place describes the
// body (README convention 8: a descriptor before a name is not written),
// and another outlet names the same body without it.

// afterBasedPlace returns where the name starts in the phrase [s, e)
// after a place joined to "-based" opening it, and after the lower-case
// words of its kind ("monitor", "watchdog"), when a name opens and closes
// with capitals in the rest; s otherwise: "a Cairo-based diplomat" is a
// person the place describes, and "the Gaza-based health ministry" a
// generic body the place says whose it is.
func (v *view) afterBasedPlace(s, e int) int {
	k := s
	for k < e && v.toks[k].word && v.toks[k].capital {
		k++
	}
	if k == s || k+2 >= e || !v.isOne(k, wDash) || v.toks[k].space || !v.isOne(k+1, wBased) || v.toks[k+1].space {
		return s
	}
	n := k + 2
	for n < e && v.toks[n].word && !v.toks[n].capital && !v.toks[n].has(cLink) {
		n++
	}
	if n >= e || !v.toks[n].word || v.sentenceWord(n) || !v.toks[e-1].word || !v.toks[e-1].capital {
		return s
	}
	return n
}
