package claimant

import "strings"

// claim113: an owned findings noun that is a verb's form too, in the
// singular, heading the subject of a findings verb: "..., a Kyodo News
// tally showed Friday", "an AP count found", "A Ledger tally shows". Its
// bare form is no finite verb here: a finite findings verb follows it
// straight away, and a verb takes an object, never a second finite verb,
// so the word is the noun its owner's findings are named by (convention
// 3). findingsBeforeVerb (compoundfindings.go) reads the plural so
// ("police reports suggest"); singularBeforeVerb (pluralnoun.go) the
// singular after a common noun ("the migrant count rose").

// ownedFindingsBeforeVerb reports whether the findings noun at i, the last
// word of a phrase read back from end, is the head of its owner's work
// before the findings verb at end: the noun's bare form, a finite findings
// verb (in -s or past, no saying verb) after it, and an owner before it
// ("a Kyodo News", "the Meridian's", "our own"; workof.go ownedWork).
func (v *view) ownedFindingsBeforeVerb(i, lo, end int) bool {
	if i != end-1 || end >= len(v.toks) || i-1 < lo {
		return false
	}
	t, n := &v.toks[i], &v.toks[end]
	if !t.word || t.capital || !t.has(cFindingNoun) || strings.HasSuffix(t.low, "s") {
		return false
	}
	if !n.word || n.capital || !n.finding || n.report || v.baseForm(end) {
		return false
	}
	return v.ownedWork(i, lo)
}
