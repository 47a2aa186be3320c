package claimant

// People by their plural kind after a word that opens a clause of time or
// contrast are that clause's subject: "while organisers put it at
// 120,000", "as residents put the number at 60". Their phrase may run on
// past the kind with where or whose they are ("while medics at the scene
// said 31 needed treatment", "as marchers from the coalition put their
// number at 8,000"): the kind before the phrase's first preposition is its
// head, not the place's noun at its end.

// opensContrastClause reports whether the word at k opens a clause whose
// subject follows it.
func (v *view) opensContrastClause(k int) bool {
	if v.is(k, wWhich, wWho, wWhile, wWhereas, wBut, wAlthough, wThough, wWhere) {
		return true
	}
	// "as" of time or reason, not "such as", "as well as" or "so as".
	return v.isOne(k, wAs) && !(k > 0 && v.toks[k-1].word && (v.toks[k-1].low == "such" || v.toks[k-1].low == "well" || v.toks[k-1].low == "so"))
}

// clauseSubjectHead is the head of the phrase [a, b): its last token, or
// the token before its first preposition ("medics" of "medics at the
// scene").
func (v *view) clauseSubjectHead(a, b int) int {
	for k := a + 1; k < b; k++ {
		if v.toks[k].has(cPreposition) {
			return k - 1
		}
	}
	return b - 1
}

// peopleOpeningClause reports whether tokens [a, b), after a word opening
// a clause, are people or bodies by their plural kind, or a force by its
// bare word ("though police put the figure nearer 2,000").
func (v *view) peopleOpeningClause(a, b int) bool {
	if a < 1 || !v.opensContrastClause(a-1) {
		return false
	}
	// "as reinsurers tally losses": after "as", a findings word after the
	// people is their verb, not findings they own.
	if v.isOne(a-1, wAs) && b < len(v.toks) && v.toks[b].has(cFindingNoun) {
		return false
	}
	return v.peopleByKind(a, b)
}

// An "as" aside reaches back over the clause before it ("..., as officials
// said.", "as residents said on Friday"), but people opening a clause of
// time after "as" whose verb has words of its own ("as aid agencies warn
// of famine", "as reinsurers tally losses") say those, not the figure
// before: bareClose tells the two apart.

// bareClose reports whether the verb at i closes its clause with at most
// a phrase of when or where after it: the clause's end, a day, a word of
// time, or a preposition other than "of" ("said on Friday", "said in
// Geneva").
func (v *view) bareClose(i, hi int) bool {
	k := i + 1
	if k >= hi || v.boundary(k) {
		return true
	}
	t := &v.toks[k]
	return t.has(cPreposition|cDay|cBetween) && !v.isOne(k, wOf)
}

// reportedPeople reports whether tokens [a, b) are people or bodies by
// their plural kind, or a force by its bare word, opening the clause an
// outer verb of claim reports: "The governor said police had told him 40
// ...", "The spokesman said on Monday that rescuers had reported 57 ...".
// They are the clause's subject, whose own verb names the innermost
// source (convention 2), as "the police" with its determiner already was
// (claim58).
func (v *view) reportedPeople(a, b int) bool {
	if a < 1 {
		return false
	}
	p := a - 1
	if v.isOne(p, wThat) {
		// "said on Monday that police ...": a phrase of when between.
		for p--; p >= 0 && p >= a-5 && !v.toks[p].report; p-- {
			if v.boundary(p) {
				return false
			}
		}
	}
	if p < 0 || !v.toks[p].report || v.toks[p].capital {
		return false
	}
	return v.peopleByKind(a, b) && v.tellingAfter(b)
}

// tellingAfter reports whether the verb after a subject ending at b, past
// auxiliaries and adverbs, is one of telling ("said", "told", "reported",
// "confirmed"): a chain of tellers relays the figure to the outer speaker
// (convention 2). What the people found or logged ("had recorded",
// "registered", "counted") the outer body may have compiled from them, and
// its speaker keeps it (review of the holdout floor, claim58).
func (v *view) tellingAfter(b int) bool {
	k := b
	for k < len(v.toks) && k < b+4 && (v.toks[k].has(cBetween) || auxiliaries[v.toks[k].low] || v.adverb(k)) {
		k++
	}
	return k < len(v.toks) && tellingVerbs[v.toks[k].low]
}

// tellingVerbs are the forms of the verbs of telling a chain of tellers
// passes a figure on by.
var tellingVerbs = set("say says said saying tell tells told telling report reports reported reporting confirm confirms confirmed")

// peopleByKind reports whether tokens [a, b) are headed by people or bodies
// by their plural kind, or a force by its bare word: "police", "local
// authorities", "witnesses".
func (v *view) peopleByKind(a, b int) bool {
	h := v.toks[v.clauseSubjectHead(a, b)].low
	return agentNoun(h) || forceNouns[h] || pluralKinds[h]
}
