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

// "Before" has other words: "ahead of", "in the run-up to", "in the
// lead-up to", "on the eve of" the war name its start as "before the war"
// does (otherstate.go's walks read them at their first word, which
// otherTimeWord names). The eve of a later time the war owns ("on the eve
// of the war's second anniversary") is inside the metric's period
// (spellOwnsAfter).

// beforePhrase returns the first token of a phrase that means "before"
// whose head word stands at token k ("ahead of", "the eve of", "run-up
// to", "lead-up to", "run up to"), when a start of the metric's event
// follows it (startEventAfter) that owns no later time; or -1.
func beforePhrase(d *figures.Document, s *figures.Sentence, k int) int {
	word := sentenceWords(d, s)
	b, p := k, -1 // p: the phrase's "of" or "to"
	switch word(k) {
	case "ahead":
		if word(k+1) == "of" {
			p = k + 1
		}
	case "eve":
		if k-1 >= s.TokStart && word(k-1) == "the" && word(k+1) == "of" {
			b, p = k-1, k+1
		}
	case "run", "lead":
		if !isLowerWord(d.TokenText(k)) && k > s.TokStart {
			return -1
		}
		switch {
		case word(k+1) == "-" && word(k+2) == "up" && word(k+3) == "to":
			p = k + 3
		case word(k+1) == "up" && word(k+2) == "to":
			p = k + 2
		}
	}
	if p < 0 || !startEventAfter(d, s, p) || spellOwnsAfter(d, s, p) || ownedSpellOwnsAfter(d, s, p) {
		return -1
	}
	return b
}

// ownedSpellOwnsAfter reports whether the noun of spellNoun within
// ownedStartWords tokens after token k owns what follows it: "the eve of
// April's war's second anniversary".
func ownedSpellOwnsAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	for j := k + 1; j < s.TokEnd && j <= k+ownedStartWords; j++ {
		if spellNoun(d.LowerTokenText(j)) && j+1 < s.TokEnd && isApostrophe(d.TokenText(j+1)) {
			return true
		}
	}
	return false
}
