package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// The first frame of an owner after its count noun (ownerafternoun.go):
// the owner as the agent of a participle on the noun, "the tally kept by
// Gaza's health ministry — now nudging 45,000 —", "the count issued by the
// ministry"; not a verb by which the owner turns the count away ("the
// figure disputed by the ministry", disowningVerb).

// agentParticiple reports whether token k of sentence s, right after a
// figure noun, is a participle with "by" after it: "kept by".
func agentParticiple(d *figures.Document, s *figures.Sentence, k int) bool {
	return k+1 < s.TokEnd && d.LowerTokenText(k+1) == "by" && opensLower(d.TokenText(k))
}

// ownerAsAgent returns the token after phrase ph's owner (ph.keys[0]) when
// it names the agent after the participle at token k (agentParticiple),
// or -1.
func ownerAsAgent(st *docState, s *figures.Sentence, k int, ph *phrase) int {
	if disowningVerb(st.d.LowerTokenText(k)) {
		return -1 // "the figure disputed by the ministry" is another's
	}
	if o := ownerWithin(st, s, k+2, ph); o >= 0 {
		return o + 1
	}
	return -1
}
