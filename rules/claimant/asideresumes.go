package claimant

// asideResumes reports whether an inverted verb and its source, from the
// comma at j to the comma at b, are an aside between a clause's subject
// and its predicate, which resumes after it: "The toll in the West Bank,
// reckons the Palestinian Red Crescent, now stands at 530". The predicate
// opens on an auxiliary or adverb of the clause, or a verb in lower case;
// "..., said the ministry, which ..." and "..., said X, a spokesman" go on
// with an aside of their own.
func (v *view) asideResumes(j, b, hi int) bool {
	if !v.isOne(j, wComma) || !v.isOne(b, wComma) || b+1 >= hi {
		return false
	}
	t := &v.toks[b+1]
	if !t.word || t.capital || t.has(cDeterminer|cClause|cPronoun|cPreposition) {
		return false
	}
	return t.has(cBetween) || v.isVerbLike(b+1)
}
