package claimant

// Who accuses another of a deed claims the deed and its figure: "Rights
// groups accused the militia of torching 300 homes" says 300 homes were
// torched, as "said the militia had torched 300 homes" would. The verb
// claims only through its deed, an -ing form after "of" past the verb's
// object: "accused the ministry of bad faith" claims nothing, and "were
// accused of wasting £40m" names no accuser (a passive's subject is the
// accused). accusationStems are clauseStems (lexicon.go), so the verb's
// other uses say nothing.
var accusationStems = set("accus")

// accusedOfDeed reports whether the verb of accusing at i has an object,
// then "of" and an -ing form, with an amount in the deed's clause, within
// a few tokens and no clause's edge.
func (v *view) accusedOfDeed(i, hi int) bool {
	if !accusationStems[stem(v.toks[i].low)] {
		return false
	}
	for k := i + 2; k < hi && k <= i+8 && !v.boundary(k); k++ {
		if v.isOne(k, wOf) {
			return k+1 < hi && ingForm(v.toks[k+1].low) && v.amountIn(k+1, v.clauseEnd(k, hi))
		}
		if v.toks[k].has(cClause) {
			return false
		}
	}
	return false
}
