package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// One figure shared out to every side of a swap by "each" or "apiece":
// "Valdria and Morvania traded 120 servicemen each", "the two
// sides freed 60 captives apiece", "Kestria and Ostmark each released one
// hundred and three soldiers" say that each side freed that many, so every
// value of the metric is that figure. Only in a sentence that tells a
// swap, only when every value's words stand within the window of the
// figure, and only when no value has taken another figure: "each" after
// the figure's noun phrase (at most four words after it, before any
// punctuation), or between the subject and the verb right before the
// figure. "each of them", "each day" (a time), "for each" (a rate, read
// before) and "each side's 40 wounded" share out nothing
// (values_each.yaml).

// sharedSwap reports whether sentence s tells a swap, or one act of
// freeing that "each" or "apiece" shares out ("the two sides freed 60
// captives apiece"): the freeing is then both sides'.
func sharedSwap(d *figures.Document, s *figures.Sentence) bool {
	if tellsSwap(d, s) {
		return true
	}
	free, each := false, false
	for k := s.TokStart; k < s.TokEnd; k++ {
		switch w := d.LowerTokenText(k); {
		case w == "each" || w == "apiece":
			each = true
		case freeVerb(w) || w == "handed" || w == "returned":
			free = true
		}
	}
	return free && each
}

// nearEvery reports whether the words of every value stand within the
// window of a figure, dist giving each value's distance in half words:
// a figure shared out is every side's only when every side's words are
// near it ("120 soldiers each" counts no hostages).
func (m *metric) nearEvery(dist []int) bool {
	for _, g := range dist {
		if g/2 > m.window {
			return false
		}
	}
	return true
}

// eachShared reports whether figure fi is shared out to every side by
// "each" or "apiece".
func eachShared(d *figures.Document, s *figures.Sentence, fi int) bool {
	word := sentenceWords(d, s)
	fs, fe := d.FigureTokens(fi)
	for k := fe; k < fe+5 && k < s.TokEnd; k++ {
		if !d.Tokens[k].IsWord() {
			break
		}
		switch word(k) {
		case "apiece":
			return true
		case "each":
			next := word(k + 1)
			return next != "of" && next != "other" && !timeUnit(next) && word(k-1) != "for"
		}
	}
	// "X and Y each freed 103": "each" before the verb that takes the
	// figure, perhaps with an auxiliary ("each have freed"); not "for
	// each of the 12 captives".
	for k := fs - 2; k >= fs-3 && k > s.TokStart; k-- {
		if word(k) == "each" && d.Tokens[k-1].IsWord() && word(k-1) != "for" && word(k+1) != "of" && word(k+1) != "other" {
			for j := k + 1; j < fs; j++ {
				if !d.Tokens[j].IsWord() {
					return false
				}
			}
			return true
		}
	}
	return false
}
