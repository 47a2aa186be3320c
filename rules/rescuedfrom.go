package rules

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A swap's side is freed by the other side: from its captor or its
// captivity ("freed from Gaza", "released from Ofer prison", "freed from
// Hamas captivity"). People freed from a thing that holds no one captive
// ("two soldiers freed from a collapsed tunnel", "freed from the rubble")
// were rescued, and that act of freeing is no side's half of a swap
// (tellsSwap, freedOwnClause, releasedIn). The captor or the place of
// captivity is told by a name ("Gaza", "Hamas", "Israeli jails") or by a
// word of custody (outOfCustody's).

// rescuedReach is how many words after "from" (past a determiner) may name
// the captor or the place of custody: "from a Hamas tunnel", "from the
// Ofer prison".
const rescuedReach = 3

// rescuedFrom reports whether the verb of freeing at token k of sentence s
// frees people from a thing that holds no one captive: "from", perhaps a
// determiner, then up to rescuedReach words with no name and no word of
// custody among them, ending at a mark, the sentence's end or a
// preposition.
func rescuedFrom(d *figures.Document, s *figures.Sentence, k int) bool {
	p := k + 1
	if p < s.TokEnd && d.LowerTokenText(p) == "over" {
		p++
	}
	if p >= s.TokEnd || d.LowerTokenText(p) != "from" {
		return false
	}
	p++
	if p < s.TokEnd {
		switch d.LowerTokenText(p) {
		case "a", "an", "the":
			p++
		}
	}
	seen := 0
	for ; p < s.TokEnd && seen < rescuedReach; p++ {
		if !d.Tokens[p].IsWord() || figureAt(d, p) >= 0 {
			break
		}
		w := d.TokenText(p)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false // "freed from Gaza", "from Israeli jails"
		}
		switch d.LowerTokenText(p) {
		case "jail", "jails", "prison", "prisons", "detention", "custody", "captivity", "captors", "cells":
			return false
		case "in", "of", "on", "at", "near", "under", "after", "by":
			// the thing's own place or owner: "a collapsed tunnel in
			// Jenin", "the rubble of a house"
			return seen > 0
		}
		seen++
	}
	return seen > 0
}
