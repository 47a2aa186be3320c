package claimant

import "strings"

// Findings an outlet only obtained stay their owner's: "The Gaza health
// ministry's list, which the Ledger obtained, names 24,686 people", "The
// army's internal report, which the Ledger has seen, puts the number at
// 9,000". The outlet got the document, and the count in it is the
// owner's (convention 2, the innermost source). Findings with no owner
// named ("Payroll lists, which the Ledger obtained this week, show") are
// the outlet's, who brought them to light, and findings it worked on
// ("which the Ledger obtained and checked against 900 death notices") are
// its own (convention 3), as name.go reads them; so is a source named
// after "from" ("which the Meridian obtained from the weather service").

// onlyObtained reports whether the relative clause [s, e) after findings
// has one verb, of getting or seeing them ("obtained", "has seen",
// "received"), with no "from" and no second verb after "and".
func (v *view) onlyObtained(s, e int) bool {
	if !v.is(s, wWhich, wThat) {
		return false
	}
	got := false
	for m := s + 1; m < e; m++ {
		t := &v.toks[m]
		w := t.low
		if v.isOne(m, wFrom) || v.isOne(m, wAnd) || v.boundary(m) {
			return false
		}
		// ("which the Ledger received last week": a time is no verb.)
		if t.capital || !t.word || t.has(cDeterminer) || v.is(m, wHas, wHave, wHad, wLast) || t.has(cTimeNoun|cTimeWord|cDay) {
			continue
		}
		if obtainsOrRelays(w) || w == "seen" || w == "saw" || strings.HasPrefix(w, "acquir") {
			got = true
			continue
		}
		if v.isVerbLike(m) {
			return false
		}
	}
	return got
}

// ownedFindingsPhrase reports whether the phrase [s, e) is findings a
// named owner owns: "The Gaza health ministry's list", "The army's
// internal report", "The UNRWA list".
func (v *view) ownedFindingsPhrase(s, e int) bool {
	if e <= s || !v.toks[e-1].has(cFindingNoun) {
		return false
	}
	a, b, ok := v.owner(e-1, s)
	return ok && v.namedOwner(a, b)
}

// namedOwner reports whether an owner's words [a, b) name someone: a
// possessive ("Oxfam's list"), or a capital that is not only the
// sentence's first word in lower-case letters ("Payroll lists" opens on a
// common word; "UNRWA list" does not).
func (v *view) namedOwner(a, b int) bool {
	if b <= a || !v.anyCapital(a, b) {
		return false
	}
	t := &v.toks[b-1]
	return t.poss || !(b-a == 1 && a == 0 && !t.shouted)
}

// obtainedAside reports whether the findings noun at i, owned by a named
// owner, is followed by a relative clause in commas that only
// obtained them: "list, which the Ledger obtained,".
func (v *view) obtainedAside(i, hi int) bool {
	if !v.comma(i+1) || !v.is(i+2, wWhich, wThat) {
		return false
	}
	e := i + 3
	for e < hi && e <= i+10 && !v.boundary(e) {
		e++
	}
	if !v.comma(e) || !v.onlyObtained(i+2, e) {
		return false
	}
	a, b, ok := v.owner(i, 0)
	return ok && v.namedOwner(a, b)
}

// relayedByAside reports whether findings [s, e) with an owner or a side
// before their noun ("Israeli figures", "Health ministry figures") are
// followed by an aside at app that opens on a participle of passing them
// on or citing them and "by": "cited by the Times of Israel", "relayed by
// the embassy". Who only relays them made none of them.
func (v *view) relayedByAside(s, e, app int) bool {
	if e <= s || !v.toks[e-1].has(cFindingNoun) || !v.isOne(app+1, wBy) || !obtainsOrRelays(v.toks[app].low) {
		return false
	}
	return v.ownedFindingsPhrase(s, e) || v.sided(e-1, s)
}
