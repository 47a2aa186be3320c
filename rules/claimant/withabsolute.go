package claimant

import "strings"

// A closing verb may be followed by an absolute phrase of circumstance:
// "..., Georgia's Central Election Commission said on Sunday with nearly
// all ballots counted", "..., regional officials said with rescue teams
// still searching the valley". "with", a noun phrase and a participle say
// in what state things stood, as a clause of time does (timeclause.go);
// the verb still ends its clause and reaches back over it. Without the
// participle ("said with some caution that 300 ...") "with" is the
// verb's own phrase and what follows may be what was said.

// withAbsolute reports whether "with" at k opens an absolute phrase: at
// least one word of a noun phrase, then within six words a participle
// (an -ing or -ed form, or an irregular past) with no boundary, clause
// word or auxiliary before it.
func (v *view) withAbsolute(k int) bool {
	if !v.isOne(k, wWith) {
		return false
	}
	for m := k + 2; m < len(v.toks) && m <= k+7; m++ {
		t := &v.toks[m]
		if v.boundary(m) || t.has(cClause) || copulaIDs.has(&t.spelling) || v.is(m, wHas, wHave, wHad) {
			return false
		}
		if t.word && !t.capital && (len(t.low) > 4 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) || t.has(cIrregularPast)) {
			return true
		}
	}
	return false
}
