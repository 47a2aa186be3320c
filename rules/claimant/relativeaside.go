package claimant

import "strings"

// Relative clauses and asides in commas around a token: what is said in
// one is about its noun, not about what follows it (", which the ministry
// compiles from ... reports from families,": relativeClosed), and what
// opens one (", whose estimate", ", built from the lists the ministry
// publishes", ", backed by Rwanda": openerOfAside), with the "of" complement
// of a findings noun (materialOf). covers (choose.go) asks them whether an
// attribution reaches a figure.

// subordinators open a clause that a sentence may put before its main
// clause; "as" is not among them ("As the ministry said, ...").
var subordinators = set("whatever however how whether although though while whereas if because since when once unless until")

// relativeClosed reports whether tokens [lo, hi) lie in a relative clause
// set off by commas (", which the ministry compiles from ... reports from
// families,") that closes before token ft: what is said in the clause is
// about its noun, not about what follows it.
func (v *view) relativeClosed(lo, hi, ft int) bool {
	k := lo - 1
	for k > 0 && !v.boundary(k) {
		k--
	}
	switch {
	case k > 0 && v.isOne(k, wComma) && v.is(k+1, wWhich, wWho, wWhose):
		// the clause opens with its pronoun after the comma
	case k <= 0 && !v.boundary(0) && (v.toks[0].has(cSubordinator) || v.isOne(0, wEven) && len(v.toks) > 1 && v.toks[1].has(cSubordinator)):
		// "Whatever one thinks of how the health ministry counts, 35,000
		// dead is ...", "Even if you discount the ministry's numbers by a
		// third, ...": a fronted subordinate clause.
	default:
		return false
	}
	for m := hi; m < ft; m++ {
		if v.isOne(m, wComma) {
			return true
		}
		if v.boundary(m) {
			return false
		}
	}
	return false
}

// relativeAround returns the bounds of a relative clause in commas (",
// whose ...,", ", which ...,", ", who ...,") or a participle's aside on
// what findings were made from (", built from ...,", ", based on ...,")
// holding token i, from its first word to its closing comma. Both commas must be within a dozen
// tokens of i.
func (v *view) relativeAround(i int) (int, int, bool) {
	r := -1
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if v.boundary(k) {
			break
		}
		if v.isOne(k-1, wComma) && v.openerOfAside(k) {
			r = k
			break
		}
	}
	if r < 0 {
		return 0, 0, false
	}
	for k := i + 1; k < len(v.toks) && k <= i+12; k++ {
		if v.isOne(k, wComma) {
			return r, k, true
		}
		if v.boundary(k) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// openerOfAside reports whether token k, after a comma, opens an aside on
// what stands before it: a relative word ("whose estimate the ministry has
// cited") or a participle of making and its source ("built from the lists
// the ministry publishes", "based on hospital records"), or a passive
// participle and its agent ("backed by Rwanda according to UN experts":
// the attribution covers the backing, not what the subject does), or what
// findings were drawn on.
func (v *view) openerOfAside(k int) bool {
	// "By our count, drawing on ACLED data and local reports, ...", ",
	// using WHO data,": what the findings were made with, in -ing.
	return v.is(k, wWhose, wWhich, wWho, wUsing) || v.pastVerb(k) && v.is(k+1, wFrom, wOn, wBy) || ingForm(v.toks[k].low) && v.is(k+1, wOn, wFrom)
}

// ingForm reports whether w looks like an -ing participle ("drawing",
// "relying", "working"), not "king" or "ring".
func ingForm(w string) bool { return len(w) > 5 && strings.HasSuffix(w, "ing") }

// materialOf reports whether the phrase opening at token i stands in the
// "of" complement of a findings noun before it ("analysis of the
// ministry's list", "review of the army's records"), within a few tokens
// and no clause's edge.
func (v *view) materialOf(i int) bool {
	for k := i - 1; k > 0 && k >= i-4; k-- {
		if v.boundary(k) || v.toks[k].report || v.toks[k].finding && !v.toks[k].has(cFindingNoun) {
			return false
		}
		if v.isOne(k, wOf) {
			return v.toks[k-1].has(cFindingNoun) && !v.countedAfter(k)
		}
	}
	return false
}
