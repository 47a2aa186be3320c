package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// The third frame of an owner after its count noun (ownerafternoun.go):
// the owner as the subject of "put" (or "place"), the noun its object and
// the figure after "at": "The health ministry in the Hamas-run territory
// puts the figure at 43,391". A question's keyword does not stand for the
// noun here, as it does for the other two frames' subjects.

// ownerBeforePutWords is how many words may stand between the owner and
// "puts": "The health ministry in the Hamas-run territory puts".
const ownerBeforePutWords = 7

// ownerPutting returns the token after the figure noun at token n of
// sentence s, the object of "puts ... at" (putFrame), when phrase ph's
// owner (ph.keys[0]) stands among the words before the verb, within
// ownerBeforePutWords words and no mark but an apostrophe or a hyphen;
// or -1.
func ownerPutting(st *docState, s *figures.Sentence, n int, ph *phrase) int {
	d := st.d
	words := 0
	for o := n - 3; o >= s.TokStart && words < ownerBeforePutWords; o-- {
		if !d.Tokens[o].IsWord() {
			if w := d.TokenText(o); isApostrophe(w) || w == "-" {
				continue
			}
			break // the clause's start
		}
		words++
		if keyAt(st, s, o, ph, 0) {
			return n + 1
		}
	}
	return -1
}

// putFrame reports whether the figure noun at token n of sentence s is the
// object of "put" (or "place") with "at" after it: "puts the figure at".
func putFrame(d *figures.Document, s *figures.Sentence, n int) bool {
	return n+1 < s.TokEnd && d.LowerTokenText(n+1) == "at" && n-2 > s.TokStart && putVerb(d.LowerTokenText(n-2))
}

// putVerb reports whether lower-cased w is a form of "put" or "place",
// the verbs that set a noun's value with "at": "puts the figure at".
func putVerb(w string) bool {
	switch w {
	case "put", "puts", "putting", "place", "places", "placed", "placing":
		return true
	}
	return false
}
