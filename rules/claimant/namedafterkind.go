package claimant

// A body described by its kind and then named in commas is known by the
// name: "Those figures come from Turkey's disaster agency, AFAD.", "said
// the country's election commission, the CEC, on Sunday" is read as
// "known as" is. The name must close its clause (the sentence's end, or a
// comma before a lower-case word), so a list ("the health ministry, UNRWA
// and the WHO") stays a list; the description must close on a lower-case
// kind of body; and the name must be a body's, written in initials or
// closed by a kind of body ("the state's flood agency, Waters Authority"):
// "the head of the city's military administration, Petro Danylenko" and
// "A spokesman for Afghanistan's health ministry, Sharif Amiri" name the
// person in post.

// namedAfterKind reports whether a comma at e follows a lower-case kind of
// body and opens a name of capitalised words that closes its clause.
func (v *view) namedAfterKind(e int) bool {
	if e < 1 || e+1 >= len(v.toks) || !v.isOne(e, wComma) {
		return false
	}
	if k := &v.toks[e-1]; !k.word || k.capital || !k.has(cBody) {
		return false
	}
	n := e + 1
	if !v.toks[n].word || !v.toks[n].capital || v.toks[n].has(cDeterminer|cPronoun) {
		return false
	}
	b := v.nameCloses(n)
	if !(b == n+1 && v.toks[n].shouted || v.toks[b-1].has(cBody)) {
		return false
	}
	if b == len(v.toks) || v.isOne(b, wFullStop) {
		return true
	}
	return v.isOne(b, wComma) && b+1 < len(v.toks) && v.toks[b+1].word && !v.toks[b+1].capital && !v.isOne(b+1, wAnd) && v.toks[b+1].low != "or"
}

// nameCloses returns the end of the capitalised words opening at n.
func (v *view) nameCloses(n int) int {
	b := n
	for b < len(v.toks) && v.toks[b].word && v.toks[b].capital {
		b++
	}
	return b
}
