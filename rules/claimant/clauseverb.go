package claimant

import "strings"

// Verbs of claim that claim only with what they say (clauseStems): a
// that-clause, a clause with a verb of its own, "of" after the verb or
// after a phrase of where or when, or the clause's end. The same verbs
// with an object of their own do something: "The ministry maintains 300
// clinics", "Officials briefed 12 ambassadors", "She spoke to 40
// families".

// saysClause reports whether the verb at i, in tokens [lo, hi), governs
// what it says: see above. "boasted on Telegram of capturing 34
// vehicles" and "spoke of 2,445 dead" claim; "reminded residents of 12
// villages" does not, for its object stands before "of". Closing its
// clause, the verb says what came before it, a figure ("300 fighters
// died, the army maintained."): "He spoke in Vilnius, where 400
// protesters had gathered" and "That pattern, engineers argue, reflects
// ..." say nothing of a figure. Opening with "As", its clause vouches for
// the one after ("As the Resolution Foundation reminded us last month,
// the poorest tenth spend 14 per cent ...").
func (v *view) saysClause(i, lo, hi int) bool {
	lo = v.skipDateline(lo)
	// "accused the militia of torching 300 homes": accusation.go. "RSF
	// accused of killing 1,300", "stand accused of": "of" straight after
	// is the accused's deed, with no accuser named.
	if accusationStems[stem(v.toks[i].low)] {
		return v.accusedOfDeed(i, hi)
	}
	// "declared that 97 per cent ...", "..., the minister declared on
	// Wednesday.": a verb of statement claims only with "that" or at its
	// clause's end; "the 26 trusts that declared critical incidents last
	// week have been told", "the outbreak declared last month has spread"
	// are a relative clause's and a participle's, saying nothing.
	if thatOnlyStems[stem(v.toks[i].low)] {
		return v.thatAfter(i, hi) || v.endsBare(i, hi) && v.speakerBefore(i, lo) && v.endsSaying(i, hi) && (v.amountIn(lo, i) || v.isOne(lo, wAs))
	}
	if v.saysAfter(i, hi, true) {
		return true
	}
	return !judgingStems[stem(v.toks[i].low)] && v.endsSaying(i, hi) && (v.amountIn(lo, i) || v.isOne(lo, wAs))
}

// thatOnlyStems are clauseStems that claim only with "that" after them or
// at their clause's end, not with a clause of its own verb: a translated
// press's "declared" (French "déclarer") is as often a participle or a
// relative clause's verb before the sentence's own.
var thatOnlyStems = set("declar")

// endsBare reports whether the verb at i ends its clause with no object
// of its own: the clause's end, a phrase of when or where ("declared on
// Wednesday."), or one word ("declared dead."). "had declared criminal
// cases against themselves, the highest share" has an object.
func (v *view) endsBare(i, hi int) bool {
	k := i + 1
	if k >= hi || v.boundary(k) || v.toks[k].has(cPreposition|cDay|cTimeWord) {
		return true
	}
	return k+1 >= hi || v.boundary(k+1)
}

// speakerBefore reports whether the word before the verb at i, past an
// auxiliary, can speak: a name, a person's noun, a post, a body or a
// pronoun ("the minister declared", "the army has declared dead"). "famine
// declared in the north" is a participle after what was declared.
func (v *view) speakerBefore(i, lo int) bool {
	p := i - 1
	if p > lo && v.is(p, wHas, wHad, wHave) {
		p--
	}
	if p < lo {
		return false
	}
	// (", the Minister of Basic Education, Fatou Ndiaye, declared": an
	// aside closing on its comma; "..., the prefect declared.": a noun
	// after its article, the verb closing the sentence, where "a famine
	// declared, and still no ceasefire" goes on.)
	t := &v.toks[p]
	if v.isOne(p, wComma) || t.word && p-1 >= lo && v.toks[p-1].has(cDeterminer) && v.endsSentence(i) {
		return true
	}
	return t.word && (t.capital && !v.sentenceWord(p) || t.agent() || t.post() || t.has(cBody|cGovernment|cForce) || v.is(p, wHe, wShe, wIt, wThey))
}

// endsSentence reports whether the verb at i closes its sentence, past a
// phrase of when or where of at most five words with no comma.
func (v *view) endsSentence(i int) bool {
	for k := i + 1; k <= i+6; k++ {
		if k >= len(v.toks) || v.isOne(k, wFullStop) && k == len(v.toks)-1 {
			return true
		}
		if v.boundary(k) {
			return false
		}
	}
	return false
}

// thatAfter reports whether "that" follows the verb at i past at most a
// phrase of when of two words, before any boundary: "declared that",
// "declared on Monday that", "declared Monday that".
func (v *view) thatAfter(i, hi int) bool {
	for k := i + 1; k < hi && k <= i+3 && !v.boundary(k); k++ {
		if v.isOne(k, wThat) {
			return true
		}
		if t := &v.toks[k]; !t.word || t.fig || t.num || t.has(cClause) {
			return false
		}
	}
	return false
}

// amountIn reports whether an amount stands in tokens [a, b).
func (v *view) amountIn(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].fig {
			return true
		}
	}
	return false
}

// saysAfter reports whether a that-clause or a clause with its own verb
// follows the verb at i ("feared the dead could reach 20,000",
// "maintained 300 fighters had died"), or, with of, "of" after the verb
// or a phrase of where or when.
func (v *view) saysAfter(i, hi int, of bool) bool {
	// inPhrase: the words since the verb are a phrase of where or when
	// ("on Telegram", "on Monday"), no object.
	inPhrase := false
	for k := i + 1; k < hi && k <= i+10 && !v.boundary(k); k++ {
		t := &v.toks[k]
		switch {
		case v.isOne(k, wThat):
			return true
		case t.has(cClause):
			// "contend with a city whose population has swelled": a
			// clause of another noun's.
			return false
		case v.isOne(k, wOf):
			// "spoke of 2,445 dead", "boasted of capturing 34 vehicles";
			// "As Ankara speaks of rebuilding within a year, the toll of
			// 46,000 ..." says nothing of the figure after its clause.
			return of && (k == i+1 || inPhrase) && v.amountIn(k+1, v.clauseEnd(k, hi))
		case t.word && elidedAux[t.low]:
			// a subject and its verb after the verb of claim; an
			// auxiliary with no subject before it is the sentence's own
			// verb, the verb of claim a participle ("Lawmakers briefed
			// today were told ...").
			return k > i+1 && v.toks[k-1].word && !v.toks[k-1].has(cBetween|cPreposition)
		}
		if k == i+1 {
			inPhrase = t.has(cPreposition|cDay) || v.is(k, wLate, wEarly, wEarlier, wLater, wToday, wYesterday, wTonight)
		}
	}
	return false
}

// endsSaying reports whether the verb at i closes its clause, past a
// phrase of when or where at most: ", the army maintained on Monday.".
// No other verb, clause or figure stands between ("an official briefed on
// the talks told Reuters" is no such end).
func (v *view) endsSaying(i, hi int) bool {
	for k := i + 1; k <= i+6; k++ {
		if k >= hi || v.boundary(k) {
			return true
		}
		t := &v.toks[k]
		// "As Kyiv speaks of rebuilding by spring, ...": "of" gives what
		// the verb tells of, and the clause after is the writer's.
		if t.report || t.finding || t.fig || t.num || t.has(cClause) || elidedAux[t.low] || v.isOne(k, wOf) {
			return false
		}
	}
	return false
}

// clauseEnd returns the first boundary after token k, or hi.
func (v *view) clauseEnd(k, hi int) int {
	for m := k + 1; m < hi; m++ {
		if v.boundary(m) {
			return m
		}
	}
	return hi
}

// passiveBack returns, for the passive verb at i with its agent after
// "by", the first token of what the agent is said to claim, plus one, or
// 0 when it reaches back over nothing: the passive's subject ("The
// deaths of 3 aid workers were confirmed by World Central Kitchen", "52
// deaths were recorded by the Department of Disaster Management", past
// an aside closing it: "The deaths of 14,500 people, including 6,000
// children, had been reported by"), or the phrase an aside in commas
// follows ("The deaths of 14 aid workers, confirmed by World Central
// Kitchen late on Monday, led ..."). A clause before the subject is not
// the agent's ("1.4m people shelter in Rafah, four battalions are said by
// Israel to remain"). Only a verb of claim reaches back, and not one whose
// subject is its audience ("were told by Israel", "were briefed by") nor
// one of letting people go ("40 prisoners were released by Israel").
func (v *view) passiveBack(i, lo int) int {
	t := &v.toks[i]
	if !t.report || audienceStems[stem(t.low)] || strings.HasPrefix(t.low, "releas") || strings.HasPrefix(t.low, "admit") {
		return 0
	}
	k := i - 1
	if !v.isOne(k, wComma) {
		if !v.is(k, wIs, wWas, wWere, wAre, wBeen, wBe) {
			return 0
		}
		for k >= lo && v.is(k, wIs, wWas, wWere, wAre, wBeen, wBe, wHas, wHave, wHad) {
			k--
		}
		// an aside closing the subject: back to the comma opening it.
		if v.isOne(k, wComma) {
			for k--; k >= lo && !v.isOne(k, wComma) && !v.boundary(k); k-- {
			}
			k--
		}
	} else {
		k--
	}
	for k >= lo && !v.boundary(k) {
		k--
	}
	// The aside's search may stop one token before lo; the reach never
	// starts before it.
	return max(k+2, lo+1)
}
