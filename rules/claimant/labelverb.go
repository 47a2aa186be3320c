package claimant

// A line's words before a colon that hold a verb of claim with its object
// are a clause, not a label naming the line's source: "The governor told
// the Ledger: 'At least 60 homes are gone.'", "A nurse told reporters:
// ...". Read as a label ("UN: 1.7m displaced"), the phrase before the
// colon ran to the hearer and named it ("Ledger") as the quote's speaker;
// the verb's own attribution names the speaker. A label's last word may
// be a findings word that is a verb's form too ("Health Ministry
// update:"), so only a verb with its hearer after it, before the colon,
// makes a clause: a name, a pronoun or people ("told reporters"). "Budgets
// tell the story:" tells no one, and stays a label that names no one.

// clauseBeforeColon reports whether tokens (lo, colon) hold a lower-case
// verb of claim after the first word and its hearer before the colon.
func (v *view) clauseBeforeColon(lo, colon int) bool {
	for k := lo + 1; k < colon; k++ {
		if t := &v.toks[k]; t.word && !t.capital && t.report && !t.finding {
			// "Maria Lopez said:", "The mayor added:": the verb closes
			// the words before the colon, its subject before it.
			if k == colon-1 {
				return v.toks[k-1].word && !v.toks[k-1].has(cDeterminer|cPreposition)
			}
			h := k + 1
			if v.toks[h].has(cDeterminer) && h+1 < colon {
				h++
			}
			n := &v.toks[h]
			// "told a local station:", "told state radio:": a medium
			// closing the words is the hearer too.
			return n.word && (n.capital || n.has(cPronoun) || agentNoun(n.low)) || v.mediumHearer(h, colon)
		}
	}
	return false
}

// mediumHearer reports whether tokens [h, colon) are a medium or an
// outlet named by its kind, at most three words closed by its noun: "a
// local station", "state radio", "the regional daily".
func (v *view) mediumHearer(h, colon int) bool {
	if colon-h < 1 || colon-h > 3 {
		return false
	}
	for k := h; k < colon; k++ {
		if t := &v.toks[k]; !t.word || t.capital && k == colon-1 {
			return false
		}
	}
	w := v.toks[colon-1].low
	return mediaNouns[w] || outletKinds[w] || w == "station" || w == "stations"
}
