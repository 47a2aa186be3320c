package claimant

// writtenLower reports whether alias a, matched at token i, is written
// all in lower case in the text ("the prime minister's office"), though
// the configuration may also give it in capitals ("Prime Minister's
// Office", which shares its words and so its entry). Written so, it names
// a kind of office any government has, as a generic alias does, and a
// story placed away from the claimant says it is another's (see
// elsewhere). (Its capitals before it still read as the generic alias's
// do not: "UN human rights monitoring mission" is one name.)
func (v *view) writtenLower(i, e int, a *alias) bool {
	n := 0
	for k := i; k < e && n < len(a.words); k++ {
		t := &v.toks[k]
		if !t.word && !t.num {
			continue
		}
		if t.capital {
			return false
		}
		n++
	}
	return n == len(a.words)
}

// governedBy reports whether the word at token end, right after a
// generic alias's words, is a government the alias only qualifies and
// none of the claimant's own words: "the military government", "the
// military junta", "the army regime" are another country's rulers, not
// the army of the configured claimant.
func (v *view) governedBy(end, e int, a *alias) bool {
	return end < e && v.toks[end].word && !v.toks[end].capital && v.toks[end].has(cGovernment) && !a.own[v.toks[end].low]
}
