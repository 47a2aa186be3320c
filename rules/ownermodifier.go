package rules

// A word between an owner's 's and the noun it owns may say which of the
// owner's counts is meant without changing what it counts: "the
// ministry's overall count", "the ministry's latest tally", "the
// ministry's official figure" are the ministry's count, tally, figure, and
// so are "the UN's verified total" and "the UN's confirmed count": a count
// the owner has checked is still its count (owners_total.yaml).
// Such a word is skipped when a phrase "OWNER's NOUN" is matched, as
// "own" is. A word that names another thing counted ("the ministry's
// injury count") is not one of them, and the phrase does not match.

// ownerModifier reports whether lower-cased w, right after an owner's 's,
// qualifies the owned count without changing what it counts.
func ownerModifier(w string) bool {
	switch w {
	case "own", "overall", "total", "latest", "official", "running", "cumulative", "updated", "revised",
		"current", "new", "most", "recent", "last", "final", "full", "entire", "published", "daily", "verified", "confirmed":
		return true
	}
	return judgedCount(w) // "the ministry's conservative count" (ownerjudged.go)
}
