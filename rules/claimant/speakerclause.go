package claimant

// A source's phrase ends where a clause of the writer's own contact with
// it opens: "city officials I spoke with this morning", "the doctors we
// interviewed in Gedaref", "aid workers I met there". "I" or "we" after a
// noun, with a verb after the pronoun, is the subject of a contact clause
// that says how the writer heard the source, and no word of its name.

// writerContactClause reports whether the token at i, inside a phrase
// opened at a, is "I" or "we" opening a contact clause after the
// phrase's noun: a lower-case word or a name before it, and a lower-case
// word (the clause's verb) after it.
func (v *view) writerContactClause(a, i int) bool {
	if i <= a || i+1 >= len(v.toks) || !v.is(i, wI, wWe) {
		return false
	}
	p, n := &v.toks[i-1], &v.toks[i+1]
	if !p.word || p.has(cDeterminer|cPreposition|cLink|cClause|cPronoun) {
		return false
	}
	return n.word && !n.capital && !n.has(cDeterminer|cPreposition)
}
