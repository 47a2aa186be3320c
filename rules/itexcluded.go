package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A sentence may open on an excluded thing as its subject, then give its
// amount in a clause after a semicolon or a colon with "it" for it:
// "Foreign Military Financing is the biggest grant; it is worth $3.3
// billion a year under the MOU", "For Israel, FMF is a grant, not a loan:
// it comes to $3.3bn annually under the memorandum". The "it" is the
// exclude_near word's thing, so that word frames the figure as a fronted
// place does, however near a keyword of the whole stands to it.

// itFrontWords is how many tokens a short fronted phrase before the
// subject may hold, with its comma ("For Israel,", "In short,").
const itFrontWords = 4

// itNamesExcluded reports whether exclude_near hit h of sentence s opens
// the sentence as its subject (a verb after it), and the figure starting
// at token fs stands in a later clause, after a semicolon or a colon, whose
// subject before the figure is "it".
func itNamesExcluded(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	if h.end+2 >= fs || !isLowerWord(d.TokenText(h.end)) {
		return false
	}
	open := hereOpening(d, s)
	if h.start != open {
		if h.start-1 <= open || d.TokenText(h.start-1) != "," || h.start-1-open > itFrontWords {
			return false
		}
		for k := open; k < h.start-1; k++ {
			if !d.Tokens[k].IsWord() || figureAt(d, k) >= 0 {
				return false
			}
		}
	}
	mark := -1
	for k := h.end; k < fs; k++ {
		switch w := d.TokenText(k); {
		case w == ";" || w == ":":
			if mark >= 0 {
				return false
			}
			mark = k
		case figureAt(d, k) >= 0 || w == "—" || w == "–":
			return false
		}
	}
	if mark < 0 {
		return false
	}
	for k := mark + 1; k < fs; k++ {
		if d.LowerTokenText(k) == "it" {
			return true
		}
	}
	return false
}
