package claimant

// A next sentence whose named subject told what the sentence before
// counted points back at it, as "gave that length" does (gaveThat), in two
// more shapes a reporter writes it:
//   - a hearer between the verb and its object: "Gaza's civil defence
//     agency gave us that number a short while ago", "The ministry sent
//     me those figures";
//   - a verb of claim whose object is the casualties themselves, closing
//     the clause or before a preposition: "Regional Gov. Oleksandr
//     Prokudin reported the casualties on Telegram", "The police
//     confirmed the deaths"; a verb of claim, so that "Rescuers reached
//     the injured" tells nothing.
// The object may be followed by a phrase of when as by the clause's end:
// "a short while ago", "this morning".

// toldBack reports whether the verb at k, after the subject, tells what
// the sentence before counted by one of the shapes above.
func (v *view) toldBack(k int) bool {
	n := len(v.toks)
	t := &v.toks[k]
	if k+3 > n || !t.word || t.capital || doubting(t.low) {
		return false
	}
	if v.hearerPronoun(k + 1) {
		return v.pastVerb(k) && v.toldObject(k+2)
	}
	return t.report && v.isOne(k+1, wThe) && v.casualtyWord(k+2) && v.objectClosed(k+3)
}

// toldObject reports whether "that" or "the" and a noun for a figure or
// findings open at k and close the verb's object: "that number", "the
// figures".
func (v *view) toldObject(k int) bool {
	if k+1 >= len(v.toks) || !v.is(k, wThe, wThat, wThis, wThose, wThese) {
		return false
	}
	o := &v.toks[k+1]
	return o.word && !o.capital && (o.backNoun() || o.has(cFindingNoun)) && v.objectClosed(k+2)
}

// objectClosed reports whether an object ends before token m: the
// clause's end, a preposition but "of", or a phrase of when ("a short
// while ago", "this morning").
func (v *view) objectClosed(m int) bool {
	if v.boundary(m) || m < len(v.toks) && v.toks[m].has(cPreposition) && !v.isOne(m, wOf) {
		return true
	}
	if v.timeAfter(m-1, len(v.toks)) {
		return true
	}
	for j := m; j < len(v.toks) && j <= m+3 && v.toks[j].word; j++ {
		if v.isOne(j, wAgo) {
			return true
		}
	}
	return false
}

// casualtyWord reports whether token k is a noun for the people a toll
// counts: "the casualties", "the dead", "the deaths".
func (v *view) casualtyWord(k int) bool {
	return k < len(v.toks) && casualtyWords[v.toks[k].low]
}

// casualtyWords are the nouns casualtyWord reads.
var casualtyWords = set("dead wounded injured casualties victims deaths injuries")
