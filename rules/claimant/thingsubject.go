package claimant

// "Spending on rural clinics will climb to $2.7 billion, she said",
// "Damage to the port could run to $90 million, she told reporters": a
// word capitalised only by opening the sentence, with a complement of its
// own after "on", "to", "for" or "of" that opens in lower case, is a
// noun of a measure, an amount or an activity ("Spending on", "Damage
// to", "Funding for the Red Cross clinic", "Cost of"), a thing that says
// nothing. ("in" is left out: "Oxfam in the valley" is a body at a
// place.) A pronoun after it takes up the person or body named in the
// sentence before, or no one (claim47b). A name is followed by its verb,
// an aside or a place ("Nasser, 34, lost", "Nasser in Gaza"), and a body
// the finder knows ("Oxfam", a configured alias) is a name whatever
// follows it.

// thingOpening reports whether tokens [x, y), the subject at the opening
// lo of the sentence, open on such a noun (the phrase may run on to a
// name inside its complement: "Funding for the Red Cross clinic").
func (c *call) thingOpening(v *view, x, y, lo int) bool {
	if y <= x || x != lo || x+2 >= len(v.toks) || v.toks[x].shouted || !v.toks[x].word {
		return false
	}
	if t := &v.toks[x]; t.has(cStaff|cBody|cInstitution|cNameKind|cOfficeNoun) || personNoun(t.low) {
		return false
	}
	if _, named := c.lookup(v, x, x+1); named {
		return false
	}
	if !v.is(x+1, wOn, wTo, wFor, wOf) {
		return false
	}
	// ("Nasser of the Red Crescent": "of" before a name is whom a
	// person speaks for; "for the Red Cross clinic" is what the money is
	// for.)
	k := x + 2
	if v.is(k, wThe, wA, wAn) {
		if !v.isOne(x+1, wOf) {
			return true
		}
		k++
	}
	return k < len(v.toks) && v.toks[k].word && !v.toks[k].capital
}
