package claimant

// A body's name of capitalised words ending in -s ("Rapid Support Forces",
// "Qassam Brigades") is the subject of the verb after it, not a plural
// noun a reduced relative hangs on, when the verb takes an infinitive of
// what the body did: "The Rapid Support Forces claimed on Sunday to have
// killed more than 400 soldiers". "Soldiers reported to have deserted"
// and "Palestinians claimed to have been killed" are plural nouns, a
// reduced relative on them: one word, or a people's name.

// namedInfinitive reports whether the -ed form at i follows such a name
// and a "to have" or "to be" comes within a phrase of when or where after
// it.
func (v *view) namedInfinitive(i, hi int) bool {
	if i < 2 || !v.toks[i-1].capital || !v.toks[i-2].capital || !v.toks[i-2].word || v.toks[i-1].has(cPronoun) {
		return false
	}
	for k := i + 1; k+1 < hi && k <= i+5 && !v.boundary(k); k++ {
		if v.isOne(k, wTo) {
			return v.is(k+1, wHave, wBe)
		}
	}
	return false
}
