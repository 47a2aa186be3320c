package claimant

import "strings"

// A capitalised findings word after a capitalised adjective closes a
// body's name even when the sentence's opening "The" is all that comes
// before: "The U.S. Geological Survey said", "The British Geological
// Survey recorded". An adjective owns no findings ("Geological" is
// nobody), so the findings word cannot be a survey of that owner, as in
// "The Ledger Survey" it might be; nameHead wants a lower-case "the" for
// that reason.

// adjectivalNameHead reports whether the capitalised findings word at k
// follows a capitalised word of an adjective's ending (-al, -ic), itself
// after "the", an initial or another capitalised word.
func (v *view) adjectivalNameHead(k int) bool {
	if k < 2 || !v.toks[k].capital || v.toks[k].shouted || !v.toks[k].has(cFindingNoun) {
		return false
	}
	p := &v.toks[k-1]
	if !p.word || !p.capital || p.shouted || len(p.low) < 6 || !(strings.HasSuffix(p.low, "al") || strings.HasSuffix(p.low, "ic")) {
		return false
	}
	q := &v.toks[k-2]
	return q.low == "the" || q.word && q.capital || v.isOne(k-2, wFullStop) && v.internalDot(k-2)
}
