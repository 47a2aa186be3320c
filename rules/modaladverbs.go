package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Between a modal and the keyword verb that takes a figure, a writer may
// put up to two adverbs that hedge or time the verb: "an invasion would
// almost certainly kill thousands", "famine would then kill as many as
// 50,000", "would very probably displace another million". They leave the
// figure what the event may come to (modalBefore, projection.go), as one
// degree adverb or "soon" did before. The words are an adverb in -ly or a
// short list of hedges and times; a noun or a verb between ("would
// leave", "could have killed") is no adverb.

// modalAdverbsBack returns the token before the adverbs (at most two)
// that end at token k, or k when none does.
func modalAdverbsBack(d *figures.Document, k int) int {
	for n := 0; n < 2 && k >= 0; n++ {
		if !d.Tokens[k].IsWord() || !isLowerWord(d.TokenText(k)) || !hedgeAdverb(d.LowerTokenText(k)) {
			break
		}
		k--
	}
	return k
}

// hedgeAdverb reports whether lower-cased w is an adverb that may stand
// between a modal and its verb.
func hedgeAdverb(w string) bool {
	switch w {
	case "soon", "then", "almost", "still", "also", "quite", "very":
		return true
	case "only", "early", "family", "daily", "weekly", "monthly", "yearly", "rally", "ally":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") || degreeAdverb(w)
}
