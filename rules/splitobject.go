package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A vocabulary's phrasal verbs take their object between their words in
// the active voice: "forced to leave" is said "forced 10 million people to
// leave", "wiped out" "wiped some 40,000 Palestinians out", "taken
// hostage" "took more than 250 people hostage", "herded into" "herded 1.4
// million into Rafah". When that object is a count, the phrase matches
// with the count and at most three words of its noun phrase between its
// first word and the rest, and the hit is the verb alone: the count then
// stands right after its keyword, as after "displaced". Only a count may
// stand there, so "forced the UN to leave" and "cut the budget down" stay
// what they were.

// objectNounWords is how many words of the count's noun phrase may stand
// after the count and before the phrase's second word.
const objectNounWords = 3

// countObjectEnd returns the token after the count that starts at token k
// and its noun phrase, where phrase ph's second word then stands, or -1.
func countObjectEnd(st *docState, s *figures.Sentence, k int, ph *phrase) int {
	d := st.d
	fi := figureIn(d, s, k)
	if fi < 0 || !d.Figures[fi].Kind.IsAmount() {
		return -1
	}
	fs, fe := d.FigureTokens(fi)
	if fs != k {
		return -1
	}
	words := 0
	for j := fe; j < s.TokEnd; j++ {
		if keyAt(st, s, j, ph, 1) {
			return j
		}
		if !d.Tokens[j].IsWord() {
			if w := d.TokenText(j); w == "-" || isApostrophe(w) {
				continue // "Sudan's", "war-weary"
			}
			return -1
		}
		if words++; words > objectNounWords || figureIn(d, s, j) >= 0 {
			return -1
		}
	}
	return -1
}
