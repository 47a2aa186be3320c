package claimant

import "strings"

// scheduleVerbs say what a service or a place will do on a timetable:
// open, close, stay shut, resume, arrive. A source that says so of its
// own matter speaks of no figure in the sentence before (next.go
// otherMatter).
var scheduleVerbs = set("open reopen close stay remain resume restart arrive depart begin start run operate return")

// scheduleAfter reports whether the clause opening at token k, its
// subject a few words without a figure, goes on with "would" or "will"
// and a verb of a schedule ("would stay closed", "will resume", "would
// be bused"): a timetable, no count.
func (v *view) scheduleAfter(k int) bool {
	for m := k + 1; m < len(v.toks) && m <= k+6 && !v.boundary(m) && !v.toks[m].fig && !v.toks[m].num; m++ {
		if !v.is(m, wWould, wWill) {
			continue
		}
		n := m + 1
		if n < len(v.toks) && v.toks[n].low == "not" {
			n++
		}
		if n >= len(v.toks) || !v.toks[n].word {
			return false
		}
		w := v.toks[n].low
		// ("would be bused", "will be closed": a schedule in the
		// passive.)
		if w == "be" && n+1 < len(v.toks) && strings.HasSuffix(v.toks[n+1].low, "ed") && v.toks[n+1].low != "needed" && !v.toks[n+1].report && !v.toks[n+1].finding {
			return true
		}
		return scheduleVerbs[w]
	}
	return false
}
