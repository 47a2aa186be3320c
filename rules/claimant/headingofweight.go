package claimant

// A verbless heading sentence that opens on a word picking findings out by
// their weight ("Main findings first.", "Top lines from the assessment.")
// or summing them up ("Summary of the key points.", "Quick facts about the
// flood.") names no one: the word's capital is the sentence's, not a
// name's, so a reading of the heading's subject as the teller of the next
// sentence's figures ("Main", "Main points") is no claimant (claim58).

// summingUp are heading words that sum findings up, beside weightModifiers
// (owner.go), which pick them out by weight.
var summingUp = set("summary overview recap roundup highlights takeaways essentials quick fast")

// weightHeading reports whether cl, read as the subject of the sentence v,
// is the opening word of a heading of weight or summing up: its first word
// is the sentence's first, capitalised as a sentence opens (not shouted),
// one of those words with no capital after it, and the sentence has no
// verb.
func (v *view) weightHeading(cl Claimant) bool {
	i := v.tokAt(cl.Start)
	if i >= len(v.toks) {
		return false
	}
	t := &v.toks[i]
	if !t.word || !t.capital || t.shouted || !weightModifiers[t.low] && !summingUp[t.low] {
		return false
	}
	// ("Key Capital's main findings.": a capital after it makes a name.)
	if i+1 < len(v.toks) && v.toks[i+1].word && v.toks[i+1].capital {
		return false
	}
	for k := 0; k < i; k++ {
		if v.toks[k].word {
			return false
		}
	}
	// ("findings" after the word is its noun, not a verb of finding.)
	return v.verblessSkipping(cFindingNoun)
}
