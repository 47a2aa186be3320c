package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// The whole a part is taken from ("four of its original 24"): an adjective
// before the whole's figure, and a whole only what remains of ("the last of
// a militia's 20 units") that is no count (wholeofpart.go's partTaker and
// dropsparts.go ask these).

// remnantWhole reports whether figure fi is the whole that a word of what
// is left takes its part of ("the last of a militia's 20 units", "the
// rest of its 20"): the part is what remains, and the whole counts what
// there was before, not the count (figurefacts.go quantifierOf).
func remnantWhole(d *figures.Document, fi int) bool {
	switch quantifierOf(d, fi) {
	case "last", "rest", "remainder", "remnant", "remnants":
		return true
	}
	return false
}

// wholeAdjective reports whether token k, right before a whole's figure,
// is a lower-case word ending in a suffix of adjectives ("original",
// "initial", "estimated", "active", "regular", "remaining") after an
// owner or a determiner: a word of the whole's phrase, so "of" before
// them still takes a part of what follows. Between a determiner and a
// figure a word in -ed or -ing modifies the figure's noun as an adjective
// does ("the estimated 20", "its remaining 12"); a participle heading a
// phrase of its own there ("of the killed 300") is no English a report
// writes, and the figure after it would be the whole still.
func wholeAdjective(d *figures.Document, k int) bool {
	w := d.TokenText(k)
	if !isLowerWord(w) {
		return false
	}
	switch p := d.LowerTokenText(k - 1); {
	case p == "s" && k-2 >= 0 && isApostrophe(d.TokenText(k-2)):
	case p == "the" || p == "its" || p == "their":
	default:
		return false
	}
	for _, suf := range [...]string{"al", "ed", "ive", "ar", "ing"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
