package claimant

import "strings"

// compoundFindings reports whether the findings noun at token i, the last
// word of a phrase read back from end, is the head of a compound owned by
// a possessive or a determiner: "UNRWA's latest situation report", "the
// agency's damage assessment", "the ministry's casualty count". Those
// nouns are verbs too ("the ministry's staff report that ..."), but after
// a lower-case noun that a possessive or a determiner opens, and with
// nothing after them in the phrase, they are the phrase's head.
func (v *view) compoundFindings(i, lo, end int) bool {
	if i != end-1 || i-2 < lo || !v.toks[i].has(cFindingNoun) || !v.is(end, wComma) {
		return false
	}
	p := &v.toks[i-1]
	if !p.word || p.capital || p.report || p.finding || p.has(cDeterminer|cPronoun) || v.isVerbLike(i-1) {
		return false
	}
	for k := i - 2; k >= lo && k >= i-4; k-- {
		if v.is(k, wS) && v.is(k-1, wApostrophe) || v.is(k, wApostrophe) || v.toks[k].has(cDeterminer) || v.is(k, wIts, wTheir) {
			return true
		}
		if !v.toks[k].word || v.toks[k].capital {
			return false
		}
	}
	return false
}

// findingsBeforeVerb reports whether the findings noun at i, in -s and a
// verb's form too, heads the subject of a findings verb right after it:
// "..., government reports showed", "police reports suggest". Read as
// the verb, "reports" would leave "showed" no subject. A verb in -s
// agrees with no plural: "Our analysis of HRMMU's monthly reports shows"
// is the analysis's.
func (v *view) findingsBeforeVerb(i, end int) bool {
	if i != end-1 || end >= len(v.toks) {
		return false
	}
	t, n := &v.toks[i], &v.toks[end]
	if !t.has(cFindingNoun) || !strings.HasSuffix(t.low, "s") || strings.HasSuffix(n.low, "s") {
		return false
	}
	// "Israeli tallies say", "Kremlin counts put the toll at": a verb of
	// saying in its base form agrees with the plural only, when a name or
	// a people's adjective owns the findings ("The most cautious
	// estimates put the toll above" names no one).
	return n.finding && !n.report || n.report && v.baseForm(end) && i > 0 && v.toks[i-1].capital && v.toks[i-1].word
}

// baseForm reports whether the verb at i is written in its base form (or
// as a past that is its base, "put"): no -s, -ed or -ing, no irregular
// past.
func (v *view) baseForm(i int) bool {
	w := v.toks[i].low
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !v.toks[i].has(cIrregularPast)
}
