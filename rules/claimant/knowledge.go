package claimant

// People described by what they know or can see are no body's: "Two
// Egyptian officials with knowledge of the talks told Afriwire", "a
// diplomat with direct knowledge of the negotiations", "three people with
// access to the ledgers". The phrase after "with" says why they can be
// believed, not whom they speak for, so it is cut from the source as a
// participle's complement is ("White Helmets volunteers working in
// Jindires"); read as "an official with X" (a body's people tied to it by
// "with") it named the talks. "An official with the World Food
// Programme" still speaks for the body.

// knowledgeNouns are what a "with" phrase says its people have.
var knowledgeNouns = set("knowledge access insight sight")

// knowledgeOf returns the token of the "of", "to" or "into" that closes a
// "with" phrase of knowledge opening at token k after a people noun, or
// -1: "officials with knowledge of", "a diplomat with direct knowledge
// of", "people with access to".
func (v *view) knowledgeOf(k int) int {
	if k < 1 || !v.isOne(k, wWith) || !personNoun(v.toks[k-1].low) && !agentNoun(v.toks[k-1].low) {
		return -1
	}
	for m := k + 1; m+1 < len(v.toks) && m <= k+3; m++ {
		t := &v.toks[m]
		if knowledgeNouns[t.low] && (v.is(m+1, wOf, wTo) || v.toks[m+1].low == "into") {
			return m + 1
		}
		if !t.word || t.capital {
			break
		}
	}
	return -1
}

// inKnowledge reports whether token i is the "with" or the closing "of"
// of a phrase of knowledge (knowledgeOf): a source's phrase read back
// from its verb runs over it to the people it describes.
func (v *view) inKnowledge(i int) bool {
	if v.isOne(i, wWith) {
		return v.knowledgeOf(i) > 0
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if v.isOne(k, wWith) {
			return v.knowledgeOf(k) == i
		}
	}
	return false
}

// knowledgeCut returns where a phrase of knowledge (knowledgeOf) in tokens
// [s, e) opens, or e.
func (v *view) knowledgeCut(s, e int) int {
	for k := s + 1; k+2 < e; k++ {
		if v.knowledgeOf(k) > 0 {
			return k
		}
	}
	return e
}
