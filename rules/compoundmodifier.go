package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure fused by a hyphen to the word after it opens a compound
// modifier, and counts that word, not the noun the compound describes: a
// "900-kilo shell" weighs, a "600-page ruling" runs long, a "150-seat
// hall" holds, a "90-day plan" lasts. The word stays singular, as English
// compounds write it, and it names the figure's unit: a metric whose
// nouns do not hold it leaves the figure (countsOther), whatever keyword
// stands near. The words that give the head noun's own size ("a
// 1.2m-strong crowd"), and a compound on the metric's own noun ("a
// 52,000-death disaster"), still count what the metric counts: the first
// is left to the words after it, the second passes the metric's nouns.

// compoundSize are the words after a fused hyphen that size the head
// noun rather than name a unit of their own.
var compoundSize = map[string]bool{"strong": true, "odd": true, "plus": true, "some": true, "something": true, "or": true, "and": true, "to": true, "for": true}

// passedMarkNoun reports whether w names a mark a count passes, fused to
// its figure by a hyphen as South Asian papers write it ("crossed the
// 50,000-mark"): the mark is the count's own level, no unit of its own.
func passedMarkNoun(w string) bool {
	switch w {
	case "mark", "threshold", "milestone", "barrier":
		return true
	}
	return false
}

// compoundUnit returns the token of the last word of a compound modifier a
// figure ending at token fe is fused to by a hyphen ("900-kilo",
// "64-square-kilometre"), or -1: the hyphen touches both the figure and a
// lower-case word of three letters or more that opens no figure itself.
func compoundUnit(d *figures.Document, s *figures.Sentence, fe int) int {
	t := fe
	last := -1
	for t+1 < s.TokEnd {
		if w := d.TokenText(t); w != "-" && w != "‐" || d.Tokens[t].Space || d.Tokens[t+1].Space || !d.Tokens[t+1].IsWord() {
			break
		}
		w := d.TokenText(t + 1)
		if len(w) < 3 || !isLowerWord(w) || compoundSize[w] || passedMarkNoun(w) || figureAt(d, t+1) >= 0 {
			break
		}
		last = t + 1
		t += 2
	}
	return last
}

// countedPastCompound returns the token of the noun a figure ending at
// token fe counts when another figure with its compound modifier stands
// between them ("1,400 900-kilo shells" counts shells), or -1.
func countedPastCompound(d *figures.Document, s *figures.Sentence, fe int) int {
	fj := figureAt(d, fe)
	if fe >= s.TokEnd || fj < 0 {
		return -1
	}
	if js, _ := d.FigureTokens(fj); js != fe {
		return -1
	}
	_, je := d.FigureTokens(fj)
	u := compoundUnit(d, s, je)
	if u < 0 || u+1 >= s.TokEnd || !d.Tokens[u+1].IsWord() || !d.Tokens[u+1].Space {
		return -1
	}
	if w := d.TokenText(u + 1); !isLowerWord(w) || !pluralForm(w) || notNoun(w) {
		return -1
	}
	return u + 1
}
