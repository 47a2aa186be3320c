package claimant

// Verbs by which a subject doubts, vouches for or cites findings it did not
// make (Doubting, doubting, judging).

import "strings"

// Doubting reports whether lower-cased w is a verb by which a subject takes
// issue with a figure it did not give (doubting): the rules engine reads a
// name before one as an actor, not a place that frames the count ("Israel
// disputes the ministry's count, which puts the dead at ...").
func Doubting(w string) bool { return doubting(w) }

// doubting: verbs by which a subject takes issue with a figure it did not
// give ("Hamas disputed that figure", "Israel rejected the count").
func doubting(w string) bool {
	// Each prefix starts with a "d", an "r", a "q" or a "c": most words
	// start otherwise, and are not walked through the list.
	if len(w) == 0 || w[0] != 'd' && w[0] != 'r' && w[0] != 'q' && w[0] != 'c' {
		return false
	}
	for _, p := range [...]string{"disput", "reject", "question", "doubt", "challeng", "contest", "dismiss", "criticis", "criticiz", "deni"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// judging: verbs by which a subject judges or takes up findings it did not
// make: doubting, and vouching for them ("regarded as reliable", "considers
// conservative", "has endorsed"), or citing them.
func judging(w string) bool {
	if doubting(w) {
		return true
	}
	for _, p := range [...]string{"regard", "consider", "deem", "trust", "accept", "endors", "vouch", "describ", "treat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return citingVerb(w)
}
