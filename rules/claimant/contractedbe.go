package claimant

// A pronoun's "be" may be written contracted onto it: "They're telling me
// about 1,800 people". The contraction is the auxiliary of a progressive
// verb of telling (audienceStems: tell, brief, inform) as "are" written
// out is: those who tell a hearer are the interlocutor the sentence
// before named. A contracted "They're saying" is read as no verb of claim:
// spoken, it is as often the generic "they" ("They're saying the number
// of dead is now more than 41,000, and that's according to the health
// ministry"), whose later source should win. Only "'re" and "'m": an "'s"
// is as often a possessive ("the ministry's reporting", a noun).

// contractedBe reports whether token k is the second half of a pronoun's
// contracted "be": "re" or "m" after an apostrophe, with no space
// between.
func (v *view) contractedBe(k int) bool {
	if k < 2 || !v.isOne(k-1, wApostrophe) || v.toks[k].space || v.toks[k-1].space {
		return false
	}
	p := &v.toks[k-2]
	if !p.has(cPronoun) && !p.has(cFirstPerson) {
		return false
	}
	return v.toks[k].low == "re" || v.toks[k].low == "m"
}
