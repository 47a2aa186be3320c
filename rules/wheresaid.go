package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A "where" clause that reports a claim places the speakers, not the
// figure ("UNHCR spoke in Geneva, where it said more than 12 million had
// been displaced"), so whereNamePart leaves it. But when the name the
// clause hangs on is a part the metric's author listed (an exclude_near
// word: Mariupol for Ukraine's civilian toll) and what is said names no
// place of its own, the claim is of that part: "Kyiv's estimates include
// Mariupol, where officials said as many as 25,000 may have died". A
// claim that names its place ("where officials said 10,000 had died
// across Ukraine", "in Gaza") is that place's. (where_said_part.yaml)

// claimOfListedPart reports whether the "where" at token where of
// sentence s hangs on an exclude_near word of hits, right before its
// comma, and the words after the verb of saying at token said, to the
// clause's end, hold no capitalised word (no place named).
func claimOfListedPart(d *figures.Document, s *figures.Sentence, hits []hit, where, said int) bool {
	listed := false
	for _, h := range hits {
		if h.ref.role == roleNear && h.end == where-1 {
			listed = true
			break
		}
	}
	if !listed {
		return false
	}
	for k := said + 1; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "—", "–", "(", ")":
			return true
		}
		if capitalised(d, k) {
			return false
		}
	}
	return true
}
