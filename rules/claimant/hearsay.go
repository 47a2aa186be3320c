package claimant

// A speaker who mentions reports, claims or rumours that no one is named
// for passes on hearsay: "The State Department said it was alarmed by
// reports that 60 migrants had drowned", "she was aware of claims that
// 2,000 files had gone missing", "Police said reports that 40 had died
// were false". The innermost source of the figure in the that-clause is
// unnamed (convention 2), so the figure is no one's; the speaker only
// reacts to it. Reports with an owner ("Red Cross reports that", "the
// ombudsman's claims that") are the owner's, found as findings, and
// "UNRWA reports that" is a verb; reports a speaker received, or confirms,
// are its own.

// hearsayNouns are the nouns of word heard from someone unnamed.
var hearsayNouns = set("reports claims rumours rumors allegations suggestions")

// hearsayBetween reports whether an unowned hearsay noun with "that" after
// it stands in tokens [a, ft), in the clause that runs to the figure. The
// noun may be the attribution's own anchor at a, read as the verb ("aware
// of claims that" is no "claims" of a subject's). A sentence without a
// "that" (the view's words say so, never wrongly) holds no such noun, and
// the "that" after a word is asked before the noun's list is.
func (v *view) hearsayBetween(a, ft int) bool {
	if !v.words.has(wThat) {
		return false
	}
	for k := a; k+1 < ft && k < a+16; k++ {
		t := &v.toks[k]
		if v.boundary(k) && !v.isOne(k, wComma) {
			return false
		}
		if t.word && !t.capital && v.isOne(k+1, wThat) && hearsayNouns[t.low] && v.unownedNoun(k, a) {
			return true
		}
	}
	return false
}

// unownedNoun reports whether the noun at k has no owner before it: past
// lower-case words that name no one ("unconfirmed", "fresh"), a
// preposition, a determiner or a verb opens its phrase ("by reports",
// "of the claims", "heard rumours"), not a name or a possessive.
func (v *view) unownedNoun(k, a int) bool {
	j := k - 1
	for j > a && v.toks[j].word && !v.toks[j].capital && !v.toks[j].poss && !v.opensUnowned(j) && !agentNoun(v.toks[j].low) {
		j--
	}
	// A noun opening the text (a cut line, a headline fragment) has no
	// opener before it to read.
	if j < a-1 || j < 0 {
		return false
	}
	t := &v.toks[j]
	if !t.word || t.capital || t.poss || !v.opensUnowned(j) {
		return false
	}
	// "said it had received reports that more than 20,000 children were
	// missing": reports a body gathered are its own information, which
	// it passes on as its own.
	if t.has(cDeterminer) && j-1 >= a {
		j--
	}
	// "Officials confirmed reports that the group had freed 110
	// prisoners": who confirms or verifies the reports vouches for them,
	// and claims what they say.
	return !receiptStems[stem(v.toks[j].low)] && !vouching(v.toks[j].low)
}

// receiptStems are verbs by which a body gathers reports as its own
// information.
var receiptStems = set("receiv gather collect obtain")

// opensUnowned reports whether the word at j opens a phrase with no owner:
// a preposition ("of", "about" too), a determiner or a verb.
func (v *view) opensUnowned(j int) bool {
	t := &v.toks[j]
	return t.has(cPreposition|cDeterminer) || v.isOne(j, wOf) || t.low == "about" || v.isVerbLike(j)
}
