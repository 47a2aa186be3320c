package claimant

import "strings"

// An -ed form between a determiner and the noun it modifies is an
// adjective, no verb of claim: "Hamas officials gave the first detailed
// breakdown of the captives", "a detailed list of 300 names", "its
// updated figures show", "the newly revised toll". Its "subject" would be
// the determiner alone. "The army detailed 40 strikes" has a noun before
// the form, its subject.

// ordinalModifiers stand between a determiner and an attributive
// participle: "the first detailed", "the latest revised", "its most
// detailed".
var ordinalModifiers = set("first second third last latest final most more new only same own")

// attributiveParticiple reports whether the -ed form at i follows a
// determiner, perhaps after an ordinal or an adverb in -ly, and comes
// before a lower-case word it modifies.
func (v *view) attributiveParticiple(i, lo int) bool {
	if !strings.HasSuffix(v.toks[i].low, "ed") || i+1 >= len(v.toks) || i-1 < lo {
		return false
	}
	k := i - 1
	if t := &v.toks[k]; t.word && !t.capital && (ordinalModifiers[t.low] || strings.HasSuffix(t.low, "ly")) {
		k--
	}
	if k < lo || !v.is(k, wThe, wA, wAn, wIts, wTheir) {
		return false
	}
	n := &v.toks[i+1]
	return n.word && !n.capital && !n.has(cPreposition|cDeterminer|cPronoun) && !v.isOne(i+1, wThat)
}
