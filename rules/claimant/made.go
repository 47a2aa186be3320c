package claimant

import "strings"

// Who made findings: a relative clause after the findings noun, and
// findings that came in from a source.

// madeBy reads a relative clause after the findings noun at i, "figures
// the army compiled", "a survey that UNICEF carried out", "lists, which the
// Ledger obtained": its subject made or holds the findings, unless they
// came from someone ("records, which the Meridian obtained from the weather
// service").
func (v *view) madeBy(i, hi int) (int, int, bool) {
	j := i + 1
	if v.isOne(j, wComma) && v.isOne(j+1, wWhich) {
		j++
	}
	if a, b, ok := v.asideMaker(j, hi); ok {
		return a, b, true
	}
	// "a survey of 1,000 residents by the Institute of Policy Studies",
	// "a poll of 2,000 adults for the BBC by Ipsos": the sample the
	// findings asked, its count and its people, stands between them and
	// their maker's "by" (samplemaker.go).
	if by, ok := v.sampleThenBy(j, hi); ok {
		if a, b := v.npAfter(by+1, hi); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			return a, v.makerEnd(a, b), true
		}
	}
	return v.relativeSubject(j, hi)
}

// relayVerb reports whether w is a form of a verb of passing findings on:
// relayed, passed, forwarded, shared, circulated, echoed, repeated.
func relayVerb(w string) bool {
	for _, p := range [...]string{"relay", "pass", "forward", "shar", "circulat", "echo", "repeat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// relayedFindingsAgent reports whether the phrase opening at token src is
// the agent after "by" of a participle of citing or passing on that
// follows a findings noun: "figures cited by X", "the count relayed by X".
func (v *view) relayedFindingsAgent(src, lo int) bool {
	p := src - 2
	// ("A draft UN report obtained by the Courier says", "Figures seen
	// by Reuters show": who got or saw findings did not make them either;
	// the findings' own attribution says whose they are, findingsattr.go.)
	if p-1 < lo || !v.isOne(src-1, wBy) || !(obtainsOrRelays(v.toks[p].low) || v.toks[p].low == "seen") {
		return false
	}
	return v.toks[p-1].has(cFindingNoun)
}

// sided reports whether the findings noun at i follows a capitalised
// adjective of a side ("Israeli figures"), which owner leaves out.
func (v *view) sided(i, lo int) bool {
	k := i - 1
	return k >= lo && v.toks[k].capital && demonym(v.toks[k].low)
}

// ownedOrSided reports whether the findings noun at i has an owner, or a
// side, before it.
func (v *view) ownedOrSided(i, lo int) bool {
	if i < lo || !v.toks[i].has(cFindingNoun) {
		return false
	}
	_, _, ok := v.owner(i, lo)
	return ok || v.sided(i, lo)
}

// citingVerb reports whether w is a form of citing or quoting another's
// findings ("cited", "quotes"): who does so relays them.
func citingVerb(w string) bool {
	return strings.HasPrefix(w, "cite") || strings.HasPrefix(w, "citing") || strings.HasPrefix(w, "quot")
}

// relativeSubject reads a relative clause opening at token j ("which X
// did", "that X did", or X did with no pronoun): X, or the source after
// "from" in it.
func (v *view) relativeSubject(j, hi int) (int, int, bool) {
	if v.is(j, wThat, wWhich) {
		j++
	}
	if j >= hi || !(v.toks[j].capital || v.toks[j].has(cDeterminer)) || v.toks[j].has(cPronoun) || v.toks[j].has(cClause) || v.toks[j].has(cPreposition) {
		return 0, 0, false
	}
	a, b := v.npAfter(j, hi)
	if b <= a || b >= hi {
		return 0, 0, false
	}
	k := b
	// "lists the ministry keeps show": a present verb read into the phrase.
	if b-a >= 2 && (v.toks[b].finding || v.toks[b].report) && !v.toks[b-1].capital && strings.HasSuffix(v.toks[b-1].low, "s") {
		b, k = b-1, b-1
	} else if v.is(k, wHas, wHave, wHad) {
		k++
	} else if k >= hi || !v.toks[k].word || v.toks[k].capital || !v.isVerbLike(k) {
		return 0, 0, false
	}
	// "The ministry's figures, which the UN has historically regarded as
	// reliable", "which the WHO has said it considers broadly reliable":
	// who judges findings, or takes them up, did not make them; "which
	// the Ledger obtained and checked" did work on them.
	for m := k; m < hi && m <= k+6 && !v.boundary(m); m++ {
		if judging(v.toks[m].low) {
			return 0, 0, false
		}
	}
	for m := k + 1; m < hi && m <= k+4 && !v.boundary(m); m++ {
		if v.isOne(m, wFrom) {
			if x, y := v.npAfter(m+1, hi); y > x && (v.toks[x].capital || v.toks[x].has(cDeterminer)) {
				return x, y, true
			}
			break
		}
	}
	return a, b, true
}

// arrivedFrom returns the "from" after findings that came in or arrived
// ("figures have just come in from X", "numbers arrived overnight from X"),
// j when the words at j say otherwise.
func (v *view) arrivedFrom(j, hi int) int {
	k := j
	for k < hi && k <= j+3 && v.toks[k].has(cBetween) {
		k++
	}
	if k >= hi || !(v.is(k, wCome, wCame, wComes, wComing) || strings.HasPrefix(v.toks[k].low, "arriv")) {
		return j
	}
	k++
	if v.is(k, wIn, wThrough, wOvernight) {
		k++
	}
	if v.isOne(k, wFrom) {
		return k
	}
	return j
}

// verbBeforeThat reports whether the findings word at i, a reporting verb
// in its plain form before "that", follows a name or plural people with
// no determiner of its own ("Demographers at the Ptoukha Institute
// estimate that", "Economists estimate that"): it is their verb, not a
// noun that a relative clause describes ("the estimate that the army
// released").
func (v *view) verbBeforeThat(i, lo int) bool {
	t := &v.toks[i]
	if !t.report || !v.isOne(i+1, wThat) || i-1 < lo {
		return false
	}
	p := &v.toks[i-1]
	// "The Ministry of Defence in London estimates that Russia has": an -s
	// form after a name is its verb when a clause with a subject follows
	// "that"; "UN estimates that were released" is the noun.
	if strings.HasSuffix(t.low, "s") {
		// "Ukraine's air force reports that 477 drones ...", "the
		// ministry estimates that": after a body or a force named by its
		// kind in lower case, an -s form with a clause after "that" is the
		// body's verb; no findings are written so ("the force reports").
		if p.word && !p.capital && (p.has(cBody) || p.has(cForce) || p.low == "force") && v.thatClauseAt(i+2) {
			return true
		}
		// "The Kardal Centre, a Tel Aviv think tank, estimates that
		// Hezbollah has lost": after an aside describing a name, the -s
		// form is the name's verb, as it is right after the name.
		if v.asideAfterName(i-1, lo) && v.thatClauseAt(i+2) {
			return true
		}
		// "Britain's Ministry of Defence, in its latest intelligence
		// assessment, estimates that": after an aside of where or how
		// (asidename.go).
		if v.adverbialAsideAfterName(i-1, lo) && v.thatClauseAt(i+2) {
			return true
		}
		// "IOM's Displacement Tracking Matrix estimates that": a possessed
		// name is read as its owner's findings, which keeps the owner.
		for k := v.npBefore(i, lo); k < i; k++ {
			if v.toks[k].poss {
				return false
			}
		}
		// "Save the Children estimates that 10 children a day ...": a
		// figure opens the clause as a word does.
		return p.word && p.capital && !v.sentenceWord(i-1) && !p.has(cDeterminer|cPreposition|cLink|cClause|cBetween) && v.thatClauseAt(i+2)
	}
	return p.word && !p.has(cDeterminer|cPreposition|cLink|cClause|cBetween) && (p.capital && !v.sentenceWord(i-1) || agentNoun(p.low) && strings.HasSuffix(p.low, "s"))
}

// verbBeforeFigure reports whether the findings word at i, an -s form of
// a reporting verb right after a capitalised name, takes the figure after
// it as its object: "Human Rights Watch counts 40 dead", "Oxfam estimates
// 2 million people lack water". Findings so named are followed by their
// own verb ("UN estimates put the toll at"), never by a figure; a
// possessed name, or one after a quantifier or a preposition, owns
// findings, read as before.
func (v *view) verbBeforeFigure(i, lo int) bool {
	t := &v.toks[i]
	if !t.report || t.capital || !strings.HasSuffix(t.low, "s") || i-1 < lo || i+1 >= len(v.toks) || !v.toks[i+1].fig && !v.toks[i+1].num {
		return false
	}
	p := &v.toks[i-1]
	// "Chad's own government counts 1.8 million", "the statistics bureau
	// estimates 3 million": a body named by its kind in lower case is a
	// subject as a name is, and findings it owned would need "of" before
	// the figure; owned or not, the word is its verb.
	if p.word && !p.capital && (p.has(cBody) || p.has(cGovernment|cForce) || p.nameKind()) && !v.isOne(i-2, wBy) {
		a := v.npBefore(i, lo)
		return a-1 < lo || !v.toks[a-1].has(cPreposition|cQuantifier)
	}
	if !p.word || !p.capital || p.shouted && t.shouted || v.sentenceWord(i-1) || p.has(cDeterminer|cPreposition|cLink|cClause|cBetween) {
		return false
	}
	// "By some UN estimates as many as 14 million": a quantifier or a
	// preposition before the name makes the word a noun it owns.
	a := v.npBefore(i, lo)
	if a-1 >= lo && v.toks[a-1].has(cPreposition|cQuantifier) {
		return false
	}
	for k := a; k < i; k++ {
		if v.toks[k].poss || v.toks[k].has(cQuantifier) {
			return false
		}
	}
	return true
}

// thatClauseAt reports whether token n can open the clause after "that":
// a figure, a number or a word that is no verb nor a word of the
// ones between clauses.
func (v *view) thatClauseAt(n int) bool {
	if n >= len(v.toks) {
		return false
	}
	t := &v.toks[n]
	return t.fig || t.num || t.word && !t.has(cBetween) && !v.isVerbLike(n)
}

// asideAfterName reports whether the comma at c closes an aside that an
// indefinite or definite article opens after a capitalised name and a
// comma: "The Kardal Centre, a Tel Aviv think tank,".
func (v *view) asideAfterName(c, lo int) bool {
	if !v.is(c, wComma) {
		return false
	}
	for k := c - 1; k > lo && k > c-10; k-- {
		if !v.is(k, wComma) {
			continue
		}
		n := &v.toks[k-1]
		return k+1 < c-1 && v.is(k+1, wA, wAn, wThe) && n.word && n.capital && !v.sentenceWord(k-1)
	}
	return false
}

// closingFindings reports whether the findings noun at i, its maker named
// after it up to token b, opens a clause after a comma whose findings verb
// at b ends the sentence's clause: ", figures compiled by the customs
// agency showed on Friday." reaches back over what it closes, as ", the
// agency said." does.
func (v *view) closingFindings(i, b, lo, hi int) bool {
	if b >= hi || !v.toks[b].finding && !v.toks[b].report || v.toks[b].capital || !v.clauseFinal(b, hi) {
		return false
	}
	k := v.findingsModified(i, lo)
	// ", trade data compiled by the exporters' association show", ",
	// census figures released by ...": a noun or two of what the findings
	// count, in lower case, is no clause of their own.
	for n := 0; n < 2 && k > lo && v.topicNoun(k); n++ {
		k--
	}
	if k >= lo && v.toks[k].has(cDeterminer) {
		k--
	}
	return k > lo && v.isOne(k, wComma)
}

// topicNoun reports whether token k may be a lower-case noun naming what
// findings count ("trade", "census", "customs"): a plain word, no
// determiner, link, preposition, pronoun, clause word or verb of claim.
func (v *view) topicNoun(k int) bool {
	t := &v.toks[k]
	if !t.word || t.capital || t.num || t.fig || t.report || t.finding || t.has(cDeterminer|cLink|cPreposition|cPronoun|cClause) {
		return false
	}
	// ("..., leaving data compiled by ...", "..., revised figures"):
	// a participle is a verb's or a modifier's, no topic.
	return !(len(t.low) > 4 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")))
}

// asideMaker reads the maker an aside in commas at j names after a paper
// or findings: "The report, published by Human Rights Watch on Thursday,",
// "The statement, released on Tuesday by the Marine Conservation
// Society,", "The study, by researchers at Imperial College London,".
func (v *view) asideMaker(j, hi int) (int, int, bool) {
	// "The report, published by Human Rights Watch on Thursday, documents".
	// ("The figures, relayed by the embassy": who passes findings on did
	// not make them.)
	if v.isOne(j, wComma) && j+1 < hi && !v.toks[j+1].capital && v.isVerbLike(j+1) && !relayVerb(v.toks[j+1].low) {
		by := j + 2
		if v.is(by, wOut, wUp) { // "carried out by", "drawn up by"
			by++
		}
		// "The statement, released on Tuesday by the Marine
		// Conservation Society, said": when, between the participle and
		// its agent.
		by = v.pastWhen(by, hi)
		if v.isOne(by, wBy) {
			if a, b := v.npAfter(by+1, hi); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
				return a, v.makerEnd(a, b), true
			}
		}
	}
	// "The study, by researchers at Imperial College London, estimates":
	// an aside of the maker alone, people of a named body speaking for it
	// (convention 8).
	if v.isOne(j, wComma) && v.isOne(j+1, wBy) {
		// ("The survey, by the end of the year, will": a time, no maker.)
		if a, b := v.npAfter(j+2, hi); b > a && (v.anyCapital(a, b) || v.toks[a].has(cPeople|cStaff|cFieldPeople)) && !timeNouns[v.toks[a].low] && !(a+1 < b && timeNouns[v.toks[a+1].low]) {
			rs, re := v.reduce(a, v.makerEnd(a, b))
			return rs, re, true
		}
	}
	return 0, 0, false
}
