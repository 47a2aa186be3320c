package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker breaks off between the verb that gives a count its value and
// the value itself to say something of the count, then gives it: "The
// number of dead in Turkey and Syria together is now, and it's climbing
// hour by hour, more than fifteen thousand"; "The death toll in Gaza is,
// and this keeps changing, about thirty-five thousand"; "has risen to, and
// I stress this is provisional, 12,400". The aside is a clause of its own
// joined by "and" or "but" and opened by a pronoun or a determiner, set
// between commas right after a copula, a verb of standing or the "at" or
// "to" of a level (an adverb of time perhaps between), with the figure
// right after its closing comma: the clause is taken up at its value, so
// the aside's words are no distance between the keyword and the figure.
// An aside with a count of its own, or one the figure does not follow at
// once, is another clause ("The toll is high, and 300 died on Monday").

// commentAsideEnd returns the closing comma of a comment aside that opens
// at the comma at token t, after the verb that gives the figure starting
// at token fs its value, or -1.
func commentAsideEnd(d *figures.Document, t, fs int) int {
	if t < 1 || t+3 >= fs || d.TokenText(fs-1) != "," {
		return -1
	}
	v := t - 1
	for v > 0 && stateTimeAdverb(d.LowerTokenText(v)) {
		v--
	}
	if w := d.LowerTokenText(v); !copulaWord(w) && w != "are" && w != "were" && !standingVerb(w) && w != "at" && w != "to" {
		return -1
	}
	switch d.LowerTokenText(t + 1) {
	case "and", "but":
	default:
		return -1
	}
	switch d.LowerTokenText(t + 2) {
	case "it", "this", "that", "i", "we", "they", "the":
	default:
		return -1
	}
	c := fs - 1
	if d.WordPos(c)-d.WordPos(t+1) > interruptAsideMaxWords {
		return -1
	}
	for k := t + 1; k < c; k++ {
		switch w := d.TokenText(k); {
		case w == "," || w == ";" || w == ":" || w == "(" || w == ")" || isDash(w):
			return -1
		case figureAt(d, k) >= 0:
			return -1 // a count of its own: another clause
		}
	}
	return c
}
