package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure that "leaves" another is the whole a sum is taken from, and the
// other the remainder the writer derives: "the ministry's total of 58,026
// would still leave some 38,000 civilians killed" (once the fighters are
// taken out). The remainder is no reading of the running total, and the
// "would" says what the derivation yields, not what the total may come
// to: the total stays a reading.

// remainderVerb returns the token of "leave" ("leaves", "leaving") right
// after token k past modal and adverb words ("would still leave"), when an
// amount stands right after it, or -1.
func remainderVerb(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	for j := k; j < s.TokEnd && j <= k+3; j++ {
		switch w := word(j); w {
		case "would", "will", "could", "might", "may", "still", "only", "then", "also", "in", "effect", "just":
			continue
		case "leave", "leaves", "leaving":
			for t := j + 1; t < s.TokEnd && t <= j+3; t++ {
				if fj := figureAt(d, t); fj >= 0 && d.Figures[fj].Kind.IsAmount() {
					return j
				}
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// derivedRemainder reports whether figure fi of sentence s is what another
// amount "leaves": an amount ends right before the verb (past modal and
// adverb words) and fi stands within three tokens after it.
func derivedRemainder(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	for fj := s.FigStart; fj < fi; fj++ {
		if !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		_, je := d.FigureTokens(fj)
		if v := remainderVerb(d, s, je); v >= 0 && v < fs && fs <= v+3 {
			return true
		}
	}
	return false
}
