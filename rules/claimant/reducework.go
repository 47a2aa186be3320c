package claimant

// Findings nouns inside a source phrase, as reduce (reduce.go) narrows it:
// a findings noun that only modifies the body after it, a work named with
// its maker after "by", and the capitalised head that closes a maker's
// name.

// nounModifier reports whether the findings noun at k modifies a body or
// people after it in the phrase ending at e ("the country's statistics
// agency", "survey teams"): the phrase's head is later, and the noun is
// not findings of its own ("its tally sheets" still are).
func (v *view) nounModifier(k, e int) bool {
	if k+1 >= e {
		return false
	}
	n := &v.toks[k+1]
	// (A kind of institution is such a body too: "Peru's statistics
	// institute", "the country's census bureau".)
	return n.word && !n.capital && (n.has(cBody) || agentNoun(n.low) || n.nameKind())
}

// workByName reports whether the lower-case noun at k in the phrase [s,
// e) opens on a determiner and at most findings modifiers ("the latest",
// "a new") and is followed by "by" and a capitalised name: "the latest
// census by Bruss'help". The noun is a work, whoever made it its source.
func (v *view) workByName(s, k, e int) bool {
	t := &v.toks[k]
	if k+2 >= e || !t.word || t.capital || !v.isOne(k+1, wBy) || !v.toks[k+2].capital || !v.toks[k+2].word || !v.toks[s].has(cDeterminer) || v.toks[s].poss {
		return false
	}
	for m := s + 1; m < k; m++ {
		if !v.toks[m].has(cFindingsModifier) {
			return false
		}
	}
	return k > s
}

// makerNameHead reports whether the capitalised findings noun at k closes
// the name of who made findings, after "by" and the findings: "a survey by
// NOI Polls", "a poll by Afrobarometer Surveys". Who makes a survey is a
// body, not another body's findings, so the noun is its name's own word.
func (v *view) makerNameHead(k int) bool {
	if t := &v.toks[k]; !t.capital || t.shouted || k < 3 {
		return false
	}
	m := k - 1
	for m > 0 && v.toks[m].word && v.toks[m].capital && !v.sentenceWord(m) {
		m--
	}
	return m < k-1 && v.isOne(m, wBy) && m > 0 && v.toks[m-1].has(cFindingNoun) && !v.toks[m-1].capital
}
