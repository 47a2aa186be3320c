package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword after its figure may be placed "in" or "during" an event an
// exclude_near phrase names: "Some 1,139 people were killed in Hamas's 7
// October attack", "About 1,200 people died during the Hamas-led attack".
// The event is where the figure's dead died, however near the keyword
// stands to the figure and however far the phrase: another event's count,
// as a keyword placed in an excluded place is that place's
// (keywordInExcluded). The event's phrase must follow "in" or "during"
// straight, past an article or an owner ("Hamas's"), and end on a noun of
// an event: "killed in Israel's offensive" names no excluded event, and
// "killed in the war that followed the October 7 attack" places the dead
// in the war. An event that owns a later noun ("killed in Hamas attack's
// long aftermath") places the dead in that noun, not in the event.

// keywordInExcludedEvent reports whether keyword hit h, after figure fi
// with no other amount between, is followed by "in" or "during" and an
// exclude_near phrase of hits that ends on a noun of an event.
func keywordInExcludedEvent(d *figures.Document, s *figures.Sentence, hits []hit, fi int, h hit) bool {
	_, fe := d.FigureTokens(fi)
	if h.start < fe || h.end >= s.TokEnd || amountBetween(d, s, fe, h.start) {
		return false
	}
	switch d.LowerTokenText(h.end) {
	case "in", "during":
	default:
		return false
	}
	k := h.end + 1
	if k < s.TokEnd && article(d.LowerTokenText(k)) {
		k++
	} else if k+2 < s.TokEnd && named(d, k) && ownerBefore(d, k+3) == k {
		k += 3 // an owner: "Hamas's"
	}
	for _, x := range hits {
		if x.ref.role == roleNear && x.start == k && eventWord(d.LowerTokenText(x.end-1)) {
			return !(x.end+1 < s.TokEnd && isApostrophe(d.TokenText(x.end)) && strings.EqualFold(d.TokenText(x.end+1), "s"))
		}
	}
	return false
}
