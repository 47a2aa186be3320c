package claimant

// A source's phrase may say when its findings came out with a
// demonstrative of time: "A new Gallup poll out this morning finds",
// "The ministry's figures released this week show", "a UN report that
// day". "this" or "these" there qualifies a time noun; it is no pronoun
// standing for the speaker or someone before, so a speaker's line or a
// quote that cites such a source is the source's, as in prose.

// timeDemonstrative reports whether the token at k is a demonstrative
// qualifying a time word after it ("this morning", "that day", "these
// past weeks").
func (v *view) timeDemonstrative(k int) bool {
	if !v.is(k, wThis, wThat, wThese, wThose) {
		return false
	}
	n := k + 1
	if n < len(v.toks) && v.toks[n].low == "past" {
		n++
	}
	return n < len(v.toks) && v.toks[n].word && !v.toks[n].capital && v.toks[n].has(cTimeNoun|cTimeHead|cDay|cTimeWord)
}
