package claimant

// A source's own pronoun may open a later clause of the same sentence
// after a comma and a conjunction: "Israeli officials say 132 hostages
// remain in Gaza, though they believe at least 30 of them are dead",
// "The ministry says 40 were killed, and it expects the toll to rise".
// The pronoun takes up the sentence's subject, who said the first clause
// and goes on saying; the writer's own clause ("..., though 300,000
// remain in the north") has no such pronoun.

// joinedClauseSubject returns the attribution of atts whose subject opens
// the sentence, when the pronoun at p opens a clause after a comma and a
// conjunction ("though", "although", "but", "and", "while").
func (v *view) joinedClauseSubject(atts []attr, p int) (attr, bool) {
	if p < 2 || !v.is(p, wIt, wThey) || !v.is(p-1, wThough, wAlthough, wBut, wAnd, wWhile) || !v.comma(p-2) {
		return attr{}, false
	}
	lo := v.skipDateline(0)
	for _, o := range atts {
		if o.kind == kVerb && !o.back && o.src == lo && o.anchor < p-2 && !v.anaphoric(o) && !v.toks[o.src].has(cPronoun) {
			return o, true
		}
	}
	return attr{}, false
}
