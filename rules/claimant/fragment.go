package claimant

// A topic fragment before a spoken figure names no claimant: "Now, the
// death toll. More than fifteen thousand people have been killed." The
// fragment holds a findings noun, so it reads as announcing the next
// sentence's figures (announces), but with no verb it has no subject to
// speak for them, and its opening word ("Now", "Right", "So") was taken as
// one. A sentence that announces has a verb: "The IOM released new
// figures on Thursday", "UNRWA has posted its latest report", "The WFP's
// market monitor is out".

// auxiliaries are the forms of "be" and "have" that make a clause of a
// fragment of nouns.
var auxiliaries = set("is are was were be been has have had 's 're")

// openerOfFragment reports whether the word at byte start is a lone
// word opening a sentence with no verb, before a comma ("Now, the death
// toll.", "Right, the numbers."): a discourse marker, no subject. Other
// verbless lines still announce their source ("Statement just in from the
// IDF.", "Consider the data from Statistics Canada.").
func (v *view) openerOfFragment(start int) bool {
	return len(v.toks) > 2 && v.toks[0].start == start && v.toks[0].word && v.isOne(1, wComma) && v.verbless()
}

// verbless reports whether the sentence has no verb: no past form or
// verb of claim, no publishing verb and no form of "be" or "have". It is
// asked only of a sentence that announces figures.
func (v *view) verbless() bool { return v.verblessSkipping(0) }

// verblessSkipping is verbless with the words of class skip read as no verb:
// a heading's findings nouns ("Main findings first.") are nouns, though
// "findings" is read as a verb of finding in a clause.
func (v *view) verblessSkipping(skip class) bool {
	for i := range v.toks {
		t := &v.toks[i]
		if !t.word || t.capital && i > 0 || t.has(skip) {
			continue
		}
		if auxiliaries[t.low] || v.isVerbLike(i) || v.publishing(i) {
			return false
		}
		if r, f := v.verbAt(i); r || f {
			return false
		}
	}
	return true
}
