package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place noun that a clause says holds something by "with" after its
// verb is described by what it holds as "a city holding ..." is: "the
// city is the group's last stronghold, with four battalions and perhaps
// thousands of fighters dug in", "the town remains a refuge, with more
// than a million people in tents". In a story that names the place, the
// noun stands for it (describedCity).

// heldWithWords is how many words the predicate may hold before its
// "with": "is the group's last stronghold".
const heldWithWords = 8

// heldWith reports whether the place noun at token k is the subject of a
// verb of being ("is", "remains") whose clause goes on, past a comma, to
// "with": what the place holds.
func heldWith(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "is", "remains":
	default:
		return false
	}
	for t := k + 2; t+1 < s.TokEnd && d.WordPos(t)-d.WordPos(k+2) <= heldWithWords; t++ {
		switch w := d.TokenText(t); {
		case w == ",":
			return d.LowerTokenText(t+1) == "with"
		case w == ";" || w == ":" || isDash(w):
			return false
		}
	}
	return false
}
