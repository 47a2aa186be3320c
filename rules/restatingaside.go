package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure may be restated by a noun after a comma that opens a relative
// clause of its own: "verified the deaths of 11,743 civilians, among them
// 600 children, a number that rose by almost 200 in August alone", "a
// toll which in Kharkiv alone grew by 300". The clause says how the
// count moved, or where; an exclude word in it ("alone") speaks of that
// clause and rules out its figures, not the count it restates.

// restatingClauseAt reports whether the comma at token t opens a noun
// that restates a figure before it ("a number", "the figure", "a toll")
// and a relative clause on it ("that", "which").
func restatingClauseAt(d *figures.Document, s *figures.Sentence, t int) bool {
	word := sentenceWords(d, s)
	k := t + 1
	if !article(d.TokenText(k)) {
		return false
	}
	k++
	if w := word(k); !tallyNoun(w) && w != "figure" {
		return false
	}
	if w := word(k + 1); w != "that" && w != "which" {
		return false
	}
	return amountBefore(d, s, t)
}
