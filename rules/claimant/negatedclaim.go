package claimant

import "strings"

// A figure a speaker says it cannot confirm is claimed by no one: "The
// State Department says it has seen the reports but cannot confirm that 40
// people died", "The UN said it could not verify reports that 40 people
// died", "The Pentagon said it was unable to confirm that 40 ...". The
// outer verb reports the speaker's doubt, and the negated verb of claim
// between it and the figure says the figure is not the speaker's; the
// reports the speaker saw are not named. "The Pentagon said it could
// confirm that 40 ..." still claims, and a negation after the figure
// ("; Reuters could not verify the figure") is no part of its clause.

// negatedVerb reports whether the verb of claim at i is negated by the
// words before it: "not", "n't" or "never" among its auxiliaries (see
// subjectEnd), "cannot", or "unable to".
func (v *view) negatedVerb(i, lo int) bool {
	if i-1 < lo {
		return false
	}
	if _, ok := v.subjectEnd(i, lo); !ok {
		return true
	}
	j := i - 1
	for j >= lo && v.adverb(j) {
		j--
	}
	return j >= lo && v.toks[j].low == "cannot" || j-1 >= lo && v.isOne(j, wTo) && v.toks[j-1].low == "unable"
}

// deniedBetween reports whether a negated verb of vouching stands in
// tokens [a, ft), in the clause that runs to the figure.
func (v *view) deniedBetween(a, ft int) bool {
	for k := a; k < ft && k < a+16; k++ {
		t := &v.toks[k]
		if v.boundary(k) && !v.isOne(k, wComma) {
			return false
		}
		if t.word && !t.capital && vouching(t.low) && v.negatedVerb(k, 0) {
			return true
		}
	}
	return false
}

// vouching reports whether w is a form of a verb of vouching for what
// others said: confirm, verify, corroborate, substantiate, authenticate.
// Only these, negated, deny a figure: "will not release the remaining 120
// hostages" says nothing of the figure's truth.
func vouching(w string) bool {
	// Most words start with none of their first letters: one test.
	if w == "" || w[0] != 'c' && w[0] != 'v' && w[0] != 's' && w[0] != 'a' {
		return false
	}
	for _, p := range [...]string{"confirm", "verif", "corroborat", "substantiat", "authenticat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
