package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A fronted part of a country named by a point of the compass and closed
// by "alone" ("In the Syrian rebel-held north-west alone,", "In Syria's
// opposition-held north-west alone,", "In the country's quake-hit
// south-east alone,") frames the sentence as that part, however the
// region is described before its compass word: frontedAlone reads names
// and kinds of place only, and a compass word with lower-case modifiers
// before it is no name.

// compassAlone reports whether sentence s, opening with a preposition of
// place at token p, goes on with words only (hyphens and apostrophes
// aside) to "alone" and a comma before token fs, within frontedAloneWords words, and the word right
// before "alone" is a point of the compass ("north-west", "south").
func compassAlone(d *figures.Document, s *figures.Sentence, p, fs int) bool {
	words := 0
	for k := p + 1; k < fs && words <= frontedAloneWords; k++ {
		t := d.TokenText(k)
		if d.Tokens[k].IsWord() {
			words++
		}
		if strings.EqualFold(t, "alone") {
			return k > p+1 && k+1 < fs && d.TokenText(k+1) == "," && skipCompass(d, k-1, p+1) != k-1
		}
		if !d.Tokens[k].IsWord() && t != "-" && !isApostrophe(t) {
			return false
		}
	}
	return false
}
