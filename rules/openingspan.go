package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// The opening stretch of an event is a part of it: "in the first weeks of
// the war", "during the opening days of the offensive", "in the early
// months of the conflict". A span "of" an event is otherwise how long the
// event has lasted ("over eleven months of bombardment"), the metric's own
// period (spanEnd); an ordinal or "early" before a bare unit of time, with
// no number ("the first 18 months of the war" may be all of it so far),
// marks it as the event's beginning.

// openingSpanEnd returns the token after the unit of time of an opening
// stretch "the first|opening|early|initial [few] UNIT of" that starts at
// token t (the "of" it returns), or 0.
func openingSpanEnd(d *figures.Document, s *figures.Sentence, t int) int {
	word := sentenceWords(d, s)
	if word(t) != "the" {
		return 0
	}
	switch word(t + 1) {
	case "first", "opening", "early", "initial":
	default:
		return 0
	}
	u := t + 2
	if word(u) == "few" {
		u++
	}
	if !timeUnit(word(u)) || word(u) == "year" || word(u) == "years" || word(u+1) != "of" {
		return 0
	}
	return u + 1
}

// eventEnd returns the token after the event an opening stretch is "of"
// (token of), its comma when the event's words (at most eventWords)
// reach one before token fs; or of when they do not.
func eventEnd(d *figures.Document, of, fs int) int {
	const eventWords = 6
	for k := of + 1; k < fs && k <= of+eventWords+1; k++ {
		if d.TokenText(k) == "," {
			return k
		}
		if !d.Tokens[k].IsWord() && !isApostrophe(d.TokenText(k)) {
			break
		}
	}
	return of
}
