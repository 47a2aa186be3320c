package claimant

// ownedPost reports whether attribution a's source is a post that the
// kind reduce read it down to owns, the kind ending at y: "the ministry's
// spokesman", "the agency's spokeswoman, Ingrid Holm", "the office's
// press officer". The post's holder speaks for the kind (convention 1),
// and the kind after a body named in the sentence before is a
// coreference kept as written (convention 7), as "the ministry said" is:
// only findings the kind owns ("The authority's figures show") take the
// body up (pick.go).
func (v *view) ownedPost(a attr, y int) bool {
	if y+1 >= a.srcEnd || !v.isOne(y, wApostrophe) {
		return false
	}
	h := &v.toks[a.srcEnd-1]
	return h.word && !h.capital && (h.post() || spokesWord(h.low)) && !h.has(cFindingNoun)
}
