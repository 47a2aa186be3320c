package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Why: "one" counts the singular noun right after it as a plural figure
// counts its plural noun (countedNoun reads plurals only). A headline's
// pairing puts it right beside another count's keyword: "Four Hamas
// battalions, one city: why Israel insists on Rafah", "One city, many
// battalions". The "one" there is the city's, not a count of battalions.
// Only a noun that ends its phrase (a comma, a colon, a semicolon, a dash
// or the end after it, a lower-case modifier perhaps before it) is read:
// "one left", "one more" and "one of the four" stay as before.

// oneCountsNoun returns the token of the singular noun figure fi of
// sentence s counts when the figure is a lone "one" ("one city", "one
// border city"), or -1.
func oneCountsNoun(d *figures.Document, s *figures.Sentence, fi int) int {
	f := &d.Figures[fi]
	if f.Value != 1 || !strings.EqualFold(f.Text, "one") {
		return -1
	}
	_, fe := d.FigureTokens(fi)
	for t := fe; t < fe+2 && t < s.TokEnd; t++ {
		w := d.TokenText(t)
		if !d.Tokens[t].IsWord() || !isLowerWord(w) || len(w) < 3 || notNoun(w) || linkWords[w] || prepositions[w] {
			return -1
		}
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || auxiliary(w) || w == "more" || w == "left" || w == "another" || w == "other" {
			return -1
		}
		if t+1 >= s.TokEnd {
			return t
		}
		switch n := d.TokenText(t + 1); {
		case n == "," || n == ":" || n == ";" || isDash(n):
			return t
		}
	}
	return -1
}
