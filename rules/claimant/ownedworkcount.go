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

// makerAfterMaterial reads a work's maker named after its material: "A
// review of 312 files by the ministry found", "A study of 3,000 children
// by Unicef found". The subject read back from the verb ends at j; when
// "by" stands before it, and before "by" an of-phrase of material (words,
// counts, possessives) after a findings noun that is no quantity and
// opens the clause, the maker after "by" made the finding, as one before
// the material does (workByMaker). It returns where the maker's phrase
// starts.
func (v *view) makerAfterMaterial(j, lo int) (int, bool) {
	// (Asked at every verb's subject: a sentence with no "by" or no "of"
	// has no maker after material, and skips the subject's walk.)
	if !v.words.has(wBy) || !v.words.has(wOf) {
		return 0, false
	}
	x := v.npBefore(j+1, lo)
	// ("by hand", "by Friday": a manner or a time, no maker.)
	if x > j || x-2 <= lo || !v.isOne(x-1, wBy) || !v.named(x, j+1) && !v.definite(x, j+1) {
		return 0, false
	}
	for m := x - 2; m > lo && m >= x-10; m-- {
		t := &v.toks[m]
		if t.id == wOf {
			w := m - 1
			f := &v.toks[w]
			if !f.word || !f.has(cFindingNoun) || quantityNounIDs.has(&f.spelling) {
				return 0, false
			}
			// The work opens its clause: "A review", "The study".
			s := w
			for s > lo && s >= w-3 && v.toks[s-1].word && (!v.toks[s-1].capital || v.toks[s-1].has(cDeterminer)) && !v.toks[s-1].report {
				s--
			}
			if s == lo || v.boundary(s-1) {
				return x, true
			}
			return 0, false
		}
		if !(t.word || t.num || t.id == wApostrophe) || t.report && !t.has(cFindingNoun) || t.has(cPreposition) {
			return 0, false
		}
	}
	return 0, false
}
