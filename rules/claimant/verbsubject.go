package claimant

import "strings"

// Readers of what stands around a reporting verb: who may claim with a
// findings verb, and a subject set off by a relative clause or opening the
// sentence.

// estimating reports whether w is a form of a verb of estimating by a
// model: project, model.
func estimating(w string) bool {
	return strings.HasPrefix(w, "project") || strings.HasPrefix(w, "model")
}

// asFinding reports whether the findings verb at i has no object before
// its clause's comma: a time or a place after it at most ("showed last
// spring,", "found in its review,").
func (v *view) asFinding(i, hi int) bool {
	n := i + 1
	if n >= hi {
		return false
	}
	t := &v.toks[n]
	// ("found when it visited last month", "found by comparing 300
	// listings": findingmeans.go.)
	return v.is(n, wComma, wLast, wEarlier, wThis, wRecently, wYesterday) || t.has(cPreposition|cDay) && !v.isOne(n, wOf) || v.meansAfterVerb(i, hi)
}

// contactSubject finds, reading back from token j, a relative clause with
// no pronoun of its own ("I met in Khan Younis", "we work with") after a
// noun: the end of the noun's phrase.
func (v *view) contactSubject(j, lo int) (int, bool) {
	for k := j; k > lo && k > j-6; k-- {
		if v.boundary(k) {
			return 0, false
		}
		if p := &v.toks[k-1]; v.is(k, wI, wWe, wThey, wYou) && p.word && !p.report && !p.has(cDeterminer|cPreposition|cClause|cBetween|cPronoun) {
			if x := v.npBefore(k, lo); x < k {
				return k, true
			}
			return 0, false
		}
	}
	return 0, false
}

// openingSaid reports whether the verb at i opens the sentence and its
// source, with what describes it, runs to a colon: "Said an Israeli
// official briefed on the talks: the country would accept 40 hostages".
func (v *view) openingSaid(i, lo, b, hi int) bool {
	if i != lo || !v.toks[i].capital {
		return false
	}
	for k := b; k < hi && k < b+12; k++ {
		if v.isOne(k, wColon) {
			return true
		}
		if v.boundary(k) || v.toks[k].fig {
			return false
		}
	}
	return false
}

// verbAfterSubject reports whether the word at y, right after a subject
// and before token lim, reads as its verb ("Israel argues that", "Israeli
// officials insist", "Israel's generals want the"): a verb's form, an
// auxiliary, or a lower-case word before "that" or a determiner.
func (v *view) verbAfterSubject(y, lim int) bool {
	if y+1 >= lim {
		return false
	}
	t := &v.toks[y]
	if !t.word || t.capital || t.has(cDeterminer|cPreposition|cLink|cClause|cPronoun) {
		return false
	}
	return v.isVerbLike(y) || t.has(cBetween) || t.report || v.toks[y+1].has(cDeterminer) || v.isOne(y+1, wThat)
}

// anyPreposition reports whether tokens [a, b) hold a preposition.
func (v *view) anyPreposition(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].has(cPreposition) {
			return true
		}
	}
	return false
}
