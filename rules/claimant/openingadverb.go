package claimant

import "strings"

// A word capitalised only by opening the sentence is no subject a pronoun
// takes up when it is an adverb: "There are four of them, he says", "Here
// are 40 more names, she said" (an existential or presentational "there"
// or "here" stands where a subject would, and names no one), "Tonight 52
// people wait, she says", "Hence 52 ...", "Instead 52 ..." (a word
// directly before a figure is no subject: a subject is followed by its
// verb). The claimant is then whoever the sentence before names, or no
// one (claimfix32).

// openingAdverb reports whether tokens [x, y), one word at the opening lo
// of the sentence, are such an adverb.
func (v *view) openingAdverb(x, y, lo int) bool {
	if y-x != 1 || x != lo || v.toks[x].shouted {
		return false
	}
	if v.is(x, wThere, wHere) {
		return true
	}
	if y >= len(v.toks) {
		return false
	}
	if v.toks[y].fig || v.toks[y].num {
		return true
	}
	// "Still, 52 families come every morning": a word set off by a comma
	// before a clause opening on a figure is a sentence adverb; a
	// subject's comma opens an aside about it ("Hamas, they said, ..."),
	// never a clause of its own (claimrec33). A figure closed by its own
	// comma is an aside, a name's age ("Nasser, 34, lost 52 relatives").
	if v.isOne(y, wComma) {
		return y+2 < len(v.toks) && (v.toks[y+1].fig || v.toks[y+1].num) && !v.isOne(y+2, wComma)
	}
	// "Back then 52 people lived there", "Never have 52 people died":
	// one lower-case word, then a figure whose phrase is followed by its
	// verb — the figure's phrase is the clause's subject, so the word
	// opening the sentence is none ("Hamas holds 52 hostages" has its
	// verb before the figure; claimrec33).
	if t := &v.toks[y]; !t.word || t.capital || y+1 >= len(v.toks) || !v.toks[y+1].fig && !v.toks[y+1].num || v.isVerbLike(y) {
		return false
	}
	return v.verbAfterFigure(y + 1)
}

// verbAfterFigure reports whether the figure at k and at most two words
// after it are followed by a verb: a form in -ed, a past the lexicon
// knows, or a form of "be" or "have" ("52 people died", "52 families
// lived", "52 were killed").
func (v *view) verbAfterFigure(k int) bool {
	for k < len(v.toks) && (v.toks[k].fig || v.toks[k].num) {
		k++
	}
	for m := k; m < len(v.toks) && m <= k+2; m++ {
		t := &v.toks[m]
		if !t.word || t.capital {
			return false
		}
		if v.is(m, wWas, wWere, wIs, wAre, wHave, wHad, wHas) || len(t.low) >= 4 && strings.HasSuffix(t.low, "ed") || v.isVerbLike(m) {
			return true
		}
	}
	return false
}
