package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A swap's far side may be told by the noun of its release rather than its
// people: "Hamas will hand over 30 captives over three days in return for
// the release of 90 Palestinian women and teenagers", "40 hostages would go free
// in exchange for the freeing of 120 detainees", "for the handover of 33
// captives". The release's noun and its "of" stand between "for" and the
// figure, which is that side as much as "in return for 150" is
// (swapBetween, values.go).

// releaseNounBefore returns the token where "the release of" (or "the
// freeing of", "the handover of", ...) ends right before token bs starts,
// read back to its first word; bs when none stands there.
func releaseNounBefore(d *figures.Document, bs int) int {
	if bs < 3 || !strings.EqualFold(d.TokenText(bs-1), "of") {
		return bs
	}
	switch d.LowerTokenText(bs - 2) {
	case "release", "freeing", "handover", "return", "liberation", "transfer":
	default:
		return bs
	}
	k := bs - 2
	if k >= 1 && strings.EqualFold(d.TokenText(k-1), "the") {
		k--
	}
	return k
}
