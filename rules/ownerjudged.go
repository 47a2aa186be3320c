package rules

// A word between an owner's 's and the count it owns may judge the count
// (how careful, how final, how contested it is) without changing what it
// counts: "the health ministry's conservative count", "the ministry's
// provisional tally", "the ministry's disputed figure", "the ministry's
// grim total" are the ministry's count, tally, figure and total. They
// are skipped as ownerModifier's words are. A word of another thing
// counted ("the ministry's injury count") is no judgement, and the phrase
// does not match.

// judgedCount reports whether lower-cased w, right after an owner's 's,
// judges the owned count without changing what it counts.
func judgedCount(w string) bool {
	switch w {
	case "conservative", "cautious", "careful", "provisional", "preliminary", "tentative",
		"grim", "grisly", "disputed", "contested", "rising", "mounting", "growing", "detailed":
		return true
	}
	return false
}
