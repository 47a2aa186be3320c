package claimant

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/internal/countverb"
)

// A count carried to a new mark is the object of the verb that carries
// it: "bringing the cumulative count to 15,460", "taking the regional
// tally to 9,600", "push the official count to 903". After that verb, a
// determiner and lower-case words, the bare form of a findings word that
// is also a verb ("count", "tally") has no subject: the words between are
// its modifiers, and read as the subject of a verb of counting they named
// a claimant ("cumulative", "regional"). A capitalised word there ("the
// WHO count") or a possessive ("the ministry's count") still owns the
// count, as owner.go reads it; with no verb of moving before it ("Field
// teams count 1,300") the word stays a verb.

// movedCount reports whether the bare findings word at i is the object of
// a verb that carries a count to a new mark (internal/countverb): the
// verb, "the" (or "a", "an") and at most three lower-case words, then the
// word, then "to".
func (v *view) movedCount(i, lo, hi int) bool {
	t := &v.toks[i]
	if i+1 >= hi || !t.has(cFindingNoun) || strings.HasSuffix(t.low, "s") || t.capital || v.toks[i+1].low != "to" {
		return false
	}
	for k := i - 1; k >= lo && k >= i-4; k-- {
		p := &v.toks[k]
		if v.is(k, wThe, wA, wAn) {
			return k-1 >= lo && countverb.Moving(v.toks[k-1].low)
		}
		if !p.word || p.capital {
			return false
		}
	}
	return false
}
