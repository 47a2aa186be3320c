// Package countverb holds the verbs that carry a count to a new mark, one
// list that both the rules and the claimant finder read: the claimant
// package cannot import the rules package (which imports it), so the
// class lives here rather than in rules/wordclass.go.
package countverb

// Moving reports whether lower-cased w is a verb that carries a count to
// a new mark, its object the count: "taking the total to", "pushed the
// number of ... past", "drove the toll above". The rules read the figure
// after it as the total (rules/change.go takingTotal); the claimant finder
// reads its object as a noun, never a verb of counting with a subject
// (rules/claimant/movedcount.go).
func Moving(w string) bool {
	switch w {
	case "taking", "take", "takes", "took", "taken", "bringing", "bring", "brings", "brought",
		"pushing", "push", "pushes", "pushed", "raising", "raise", "raises", "raised",
		"lifting", "lift", "lifts", "lifted", "driving", "drive", "drives", "drove", "driven",
		"sending", "send", "sends", "sent":
		return true
	}
	return false
}
