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

// "Mayor Lena Brandt opened the new depot on Friday. Spending rose to $40
// million this year, she said.": with no complement a word capitalised
// only by opening the sentence may be a surname ("Nasser lost 52
// relatives, he said") or a noun; after a sentence that opens on a person,
// "he" or "she" is that person, unless the word is part of the person's
// name ("Ahmed Nasser fled ... Nasser lost 52") or a name the finder
// knows.

// strayOpening reports whether tokens [x, y), one word at the opening lo
// of sentence si, are such a word after a sentence opening on a person
// whose name does not hold it.
func (c *call) strayOpening(si int, v *view, x, y, lo int) bool {
	if si == 0 || y-x != 1 || x != lo || v.toks[x].shouted || !v.toks[x].word {
		return false
	}
	if t := &v.toks[x]; t.has(cStaff|cBody|cInstitution|cNameKind|cOfficeNoun) || personNoun(t.low) {
		return false
	}
	if _, named := c.lookup(v, x, y); named {
		return false
	}
	p := c.view(si - 1)
	if len(p.toks) == 0 {
		return false
	}
	for k := range p.toks {
		if p.toks[k].low == v.toks[x].low {
			return false
		}
	}
	lo2 := p.skipDateline(c.afterProgrammeLabel(si-1, p))
	a, b := p.npAfter(lo2, len(p.toks))
	if b <= a || !p.toks[a].capital {
		return false
	}
	pc, ok := c.name(p, attr{src: a, srcEnd: b, anchor: b, kind: kVerb})
	return ok && p.isPerson(pc)
}
