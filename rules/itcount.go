package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "It" points back to a count the sentence before names as plainly in the
// past as in the present, and a writer may say whose count it is after
// the figure: "Officials briefed Congress on the number of separate
// weapons sales approved for Israel since October. It was more than
// 100.", "Western capitals rarely mention the verified civilian dead. It
// is roughly 12,300 by the UN's count, and rising." itsubject.go reads "It
// was" only when the sentence before names a count's own noun ("the
// number of", "a tally of"): "It was" after any other sentence may say
// what something else was or held. An attribution after the figure ("by
// the UN's count", "according to the ministry") is no noun the figure
// counts.

// countNounBefore reports whether the sentence before s, in its paragraph,
// names a count's noun: "the number of", "a tally", "the count".
func countNounBefore(d *figures.Document, s *figures.Sentence) bool {
	si := d.SentenceAt(s.Start)
	if si <= 0 || s.ParagraphStart {
		return false
	}
	b := &d.Sentences[si-1]
	for k := b.TokStart; k < b.TokEnd; k++ {
		if d.Tokens[k].IsWord() {
			if w := d.LowerTokenText(k); figureNoun(w) || tallyNoun(w) {
				return true
			}
		}
	}
	return false
}

// attributionWords is how many words an attribution after a figure may
// hold: "by the UN mission's own count".
const attributionWords = 6

// countAttributionEnd returns the token after an attribution that starts
// at token k in sentence s ("by the UN's count", "according to the
// ministry"), up to a mark or the sentence's end, or k when there is none.
func countAttributionEnd(d *figures.Document, s *figures.Sentence, k int) int {
	if k >= s.TokEnd || !d.Tokens[k].IsWord() {
		return k
	}
	t, byCount := k+1, false
	switch {
	case strings.EqualFold(d.TokenText(k), "by"):
		byCount = true
	case strings.EqualFold(d.TokenText(k), "according") && strings.EqualFold(d.TokenText(k+1), "to"):
		t = k + 2
	default:
		return k
	}
	counted := !byCount
	for n := 0; t < s.TokEnd && d.Tokens[t].IsWord() || t < s.TokEnd && isApostrophe(d.TokenText(t)); t++ {
		if n++; n > attributionWords || figureAt(d, t) >= 0 {
			return k
		}
		if w := d.LowerTokenText(t); figureNoun(w) || tallyNoun(w) || w == "reckoning" || w == "estimate" {
			counted = true
		}
	}
	if !counted {
		return k // "by the end of the year", "by 2,000"
	}
	return t
}
