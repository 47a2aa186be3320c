package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// "Before" the war told by its owner or a demonstrative names the start of
// the metric's event as "before the war" does: "Even before April's war,
// Sudan had 3.7 million displaced", "before Sudan's war", "before the
// RSF's war with the army", "before this war", "before that conflict
// broke out". A running total counts from that start, so a count before
// it is another period's. Only a noun of war, disaster or a spell of
// violence (spellNoun) is such a start: "Before Monday's donor
// conference" dates the saying, not the count.

// ownedStartWords is how many tokens may stand between "before" and the
// noun of the event: the owner, its apostrophe and "s", and modifiers
// ("before Russia's full-scale invasion").
const ownedStartWords = 7

// ownedStartAfter reports whether "before" at token k is followed by an
// owner ("April's", "Sudan's", "the RSF's", "the generals'") or "this" or
// "that", then within ownedStartWords tokens of words, hyphens and
// apostrophes a noun of spellNoun.
func ownedStartAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	if k+1 >= s.TokEnd {
		return false
	}
	owned := false
	switch d.LowerTokenText(k + 1) {
	case "this", "that":
		owned = true
	}
	for j := k + 1; j < s.TokEnd && j <= k+ownedStartWords; j++ {
		w := d.TokenText(j)
		switch {
		case isApostrophe(w):
			if j == k+1 {
				return false
			}
			owned = true
			continue
		case w == "-":
			continue
		case !d.Tokens[j].IsWord():
			return false
		}
		if owned && spellNoun(d.LowerTokenText(j)) {
			return true
		}
	}
	return false
}
