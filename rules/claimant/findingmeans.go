package claimant

import "strings"

// How a source closing the sentence found what it states: an outlet's or
// a body's own reporting verb and the means or the visit that gave it the
// figure. "..., the Freetown Courier found when it visited last month.",
// "..., the Galway Echo found by comparing 300 listings.", "..., the port
// authority said after inspecting the quays.". The clause after the
// verb says how or when it found, runs to the sentence's end, and leaves
// the verb closing the clause before it, as "found in its review" does
// (asFinding). An outlet that found a figure itself is its claimant
// (convention 3).

// meansAfterVerb reports whether the verb at i, perhaps past a short
// phrase of when ("found last week when"), is followed by a clause of
// means or of time that runs to the sentence's end: "by", "after",
// "before", "on", "in", "while" or "when" and a word in -ing ("by
// checking", "after reviewing"), or "when", "as", "after" or "while" and
// a clause of its own ("when it visited", "as its reporters toured",
// "after the polls closed").
func (v *view) meansAfterVerb(i, hi int) bool {
	k := i + 1
	for k < hi && k <= i+4 && !v.is(k, wBy, wAfter, wBefore, wOn, wIn, wWhile, wWhen, wAs) {
		k++
	}
	if k+1 >= hi || k > i+1 && !v.whenPhrase(i+1, k) {
		return false
	}
	n := &v.toks[k+1]
	ing := n.word && !n.capital && len(n.low) > 5 && strings.HasSuffix(n.low, "ing") && !n.has(cTimeNoun|cDeterminer)
	// (Whoever the clause's subject is, "as its neighbours rebuilt", the
	// verb before it found the figure: review50.)
	// ("found as many as 12 were children": an amount, no clause of
	// time, as timeClauseAt reads it.)
	subject := v.is(k, wWhen, wAs, wAfter, wWhile) && (n.has(cPronoun|cDeterminer) || v.finiteClause(k+1)) &&
		!v.is(k+1, wMany, wMuch, wFew, wLittle, wHigh, wLow, wLong, wFar, wWell) && !n.fig && !n.num
	if !ing && !subject {
		return false
	}
	// The clause runs to the end, no other clause or quote after it (a
	// sample it names, "three markets", is its own).
	for m := k + 1; m < hi; m++ {
		if v.boundary(m) && !v.isOne(m, wFullStop) {
			return false
		}
	}
	return true
}

// gerundAfterBy reports whether "by" at k opens a means in -ing ("found by
// comparing 300 listings"): no passive's agent.
func (v *view) gerundAfterBy(k, hi int) bool {
	if !v.isOne(k, wBy) || k+1 >= hi {
		return false
	}
	n := &v.toks[k+1]
	return n.word && !n.capital && len(n.low) > 5 && strings.HasSuffix(n.low, "ing") && !n.has(cTimeNoun|cDeterminer)
}
