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
	// ("NICK SCHIFRIN: U.S. officials tell me ..., and they expect":
	// a speaker's label in capitals opens the line before its subject;
	// "US" in capitals is no pronoun.)
	label := v.shoutedLabelEnd()
	for _, o := range atts {
		if o.kind == kVerb && !o.back && (o.src == lo || o.src == label) && o.anchor < p-2 && !v.anaphoric(o) && !(v.toks[o.src].has(cPronoun) && !v.countryUS(o.src)) {
			return o, true
		}
	}
	return attr{}, false
}

// shoutedLabelEnd returns the token after a transcript's label in
// capitals and its colon opening the view ("NICK SCHIFRIN:", "DANA
// COLE, ANCHOR:"), -1 when the view opens otherwise.
func (v *view) shoutedLabelEnd() int {
	for k := 0; k < len(v.toks) && k < 12; k++ {
		if v.isOne(k, wColon) {
			if k == 0 {
				return -1
			}
			return k + 1
		}
		if !v.toks[k].shouted && !v.is(k, wComma, wFullStop) {
			return -1
		}
	}
	return -1
}

// countryUS reports whether token k is "US" naming the country before a
// word ("US officials", "US Central Command"): capitalised, it is no
// pronoun.
func (v *view) countryUS(k int) bool {
	t := &v.toks[k]
	return t.low == "us" && t.capital && k+1 < len(v.toks) && v.toks[k+1].word
}
