package rules

import (
	"unicode"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// "Back in" names a place as often as a time: "volunteers back in
// Johannesburg said", "families back in the UK", beside "back in March",
// "back in 2019", "back in the spring". A name that is no month after it
// (perhaps after "the") is where someone is, not when the count was read,
// so it dates nothing (pastDated).

// backInPlace reports whether "back" at token k of sentence s and its
// "in" are followed by a capitalised name that is no month: a place.
func backInPlace(d *figures.Document, s *figures.Sentence, k int) bool {
	j := k + 2
	if j < s.TokEnd && d.LowerTokenText(j) == "the" {
		j++
	}
	if j >= s.TokEnd || !d.Tokens[j].IsWord() {
		return false
	}
	t := d.TokenText(j)
	return unicode.IsUpper(rune(t[0])) && !monthName(d.LowerTokenText(j))
}
