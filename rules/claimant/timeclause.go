package claimant

import "strings"

// timeClauseAt reports whether a clause of time or circumstance opens at
// k, after a reporting verb at i and perhaps a phrase of when: "...,
// Ulrike Haas said as the final count was published", "..., the agency
// said when the toll was updated", "..., aid agencies warned last night as
// tanks massed", "..., the WHO said late on Tuesday as fighting resumed".
// The verb still ends its own clause and reaches back; "said as many as
// 40" (an amount) is no such clause, nor "as expected", nor "as" before a
// figure. "after", "before", "once" and "until" open one only with a
// finite verb of their own: "..., the Central Election Commission said
// after all ballots had been counted"; "said after a delay of several
// hours" is a phrase of time (see clauseFinal).
func (v *view) timeClauseAt(i, k int) bool {
	if k > i && k+1 < len(v.toks) && v.is(k, wAfter, wBefore, wOnce, wUntil) && v.finiteClause(k+1) && (k == i+1 || v.whenPhrase(i+1, k)) {
		return true
	}
	// "said on Sunday with nearly all ballots counted": withabsolute.go.
	if k > i && (k == i+1 || v.whenPhrase(i+1, k)) && v.withAbsolute(k) {
		return true
	}
	if k <= i || !v.is(k, wAs, wWhen, wWhile) || k+1 >= len(v.toks) {
		return false
	}
	if k > i+1 && !v.whenPhrase(i+1, k) {
		return false
	}
	n := &v.toks[k+1]
	if v.is(k+1, wMany, wMuch, wFew, wLittle, wHigh, wLow, wLong, wFar, wWell) || n.fig || n.num {
		return false
	}
	// "as tanks massed", "as fighting resumed": a subject with no
	// determiner, a lower-case noun that is no participle.
	plain := n.word && !n.capital && !n.inLexicon() && !strings.HasSuffix(n.low, "ed") && !n.report && !n.finding
	return n.has(cDeterminer) || n.has(cPronoun) || plain
}

// whenPhrase reports whether tokens [a, b) are a short phrase of when
// after a verb: "last night", "late on Tuesday", "on Monday", "earlier".
func (v *view) whenPhrase(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		t := &v.toks[k]
		if !t.word || !(t.has(cTimeNoun|cTimeHead|cTimeWord|cDay) || v.is(k, wLast, wOn, wThis, wEarlier, wEarly, wLate, wLater)) {
			return false
		}
	}
	return true
}

// finiteClause reports whether a clause with a finite verb opens at k: a
// subject of a determiner, a quantifier, a pronoun or a noun, then within
// a few words an auxiliary ("had", "was", "will") before the clause's end.
func (v *view) finiteClause(k int) bool {
	if n := &v.toks[k]; !n.word || n.capital && !n.has(cDeterminer) {
		return false
	}
	for m := k + 1; m < len(v.toks) && m <= k+5 && !v.boundary(m); m++ {
		if v.is(m, wHad, wHas, wHave, wWas, wWere, wIs, wAre, wWill, wWould) {
			return true
		}
		// "after counting finished", "after the polls closed": a verb in
		// the past right after a short subject (claim28).
		if t := &v.toks[m]; m <= k+3 && t.word && !t.capital && (t.has(cIrregularPast) || len(t.low) > 4 && strings.HasSuffix(t.low, "ed")) && !v.toks[m-1].has(cDeterminer|cPreposition) {
			return true
		}
	}
	return false
}
