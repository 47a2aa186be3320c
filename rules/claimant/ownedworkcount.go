package claimant

import "strings"

// An owned work of counted material: "Our analysis of 214 strike reports
// shows", "The Tally's review of 312 death notices found", "An analysis
// by El Observador of 1,200 municipal budgets found". A subject read back
// from the verb stops at the count and finds the material there ("strike
// reports"), which samplesubject.go reads as a poll's sample, no one's.
// But a work with an owner is the owner's (convention 3, workof.go): the
// verb's subject is the whole work, its owner the claimant, and the
// counted material after "of" is what the owner worked on. A work with
// no owner ("A poll of 2,000 voters puts") stays a sample's.

// ownedWorkOfCount returns, for a subject [s, e) that sampleOfFindings
// reads as a sample, the start of the owned work's phrase before "of":
// the findings noun with its owner before it, or its maker after "by".
func (v *view) ownedWorkOfCount(s, lo int) (int, bool) {
	k := s - 1
	for k > lo && (v.toks[k-1].num || v.toks[k-1].fig) {
		k--
	}
	of := k - 1
	if of-1 <= lo || !v.isOne(of, wOf) {
		return 0, false
	}
	w := of - 1
	if !(v.toks[w].has(cFindingNoun) && !quantityNounIDs.has(&v.toks[w].spelling) && v.ownedWork(w, lo)) {
		var ok bool
		if w, ok = v.workByMaker(of, lo); !ok {
			return 0, false
		}
	}
	x := v.npBefore(w+1, lo)
	if x > w {
		return 0, false
	}
	return x, true
}

// countAfterOf reports whether token k is a count right after "of": "of
// 1,200 municipal budgets".
func (v *view) countAfterOf(k int) bool {
	return (v.toks[k].num || v.toks[k].fig) && v.isOne(k-1, wOf)
}

// materialParticiple reports whether the -ed word at m hangs its maker
// on a plural of material: "reports published by regional authorities",
// "bulletins issued by Senamhi", a reduced relative inside the of-phrase
// of an owned work.
func (v *view) materialParticiple(m int) bool {
	if m < 1 || !strings.HasSuffix(v.toks[m].low, "ed") || !v.isOne(m+1, wBy) {
		return false
	}
	p := &v.toks[m-1]
	return p.word && !p.capital && pluralForm(p.low) && !p.has(cPronoun|cDeterminer)
}

// countedMaterial reports whether token k, right after "of", is a count
// opening a lower-case plural: "of 1,200 municipal budgets", "of 312
// reports". A span of time is no material ("of 14 months of ministry
// data": the data after it is).
func (v *view) countedMaterial(k int) bool {
	if !v.countAfterOf(k) || k+1 >= len(v.toks) {
		return false
	}
	n := &v.toks[k+1]
	if n.has(cTimeNoun | cTimeHead) {
		return false
	}
	return n.word && !n.capital && !n.has(cDeterminer|cPreposition|cLink) && pluralForm(n.low) || v.bareMaterial(k+1, len(v.toks))
}
