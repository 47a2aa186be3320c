package rules

// Closed word classes more than one rule reads: one list each, so that
// the rules agree on what a modal or a form of "be" is.

// modalWord reports whether lower-cased w is a modal verb, "ll" of "it'll"
// among them. "may" is also a month: a rule that reads one checks the
// capital ("by May").
func modalWord(w string) bool {
	switch w {
	case "would", "will", "could", "may", "might", "should", "shall", "can", "must", "ll":
		return true
	}
	return false
}

// beForm reports whether lower-cased w is a form of "be".
func beForm(w string) bool {
	switch w {
	case "be", "is", "are", "was", "were", "been", "being", "am":
		return true
	}
	return false
}

// comingModal reports whether lower-cased w is a modal that says what may
// come, as a projection's or a forecast's does ("could reach 186,000",
// "would rise", "it'll top"): "can" and "must" say what is possible or
// required now ("No more than 300 aid trucks a day can cross").
func comingModal(w string) bool {
	return modalWord(w) && w != "can" && w != "must"
}
