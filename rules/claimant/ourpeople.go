package claimant

import "strings"

// An outlet's own people who found or counted something themselves are
// written "Our" (convention 8: "Our reporters in Deir al-Balah counted 19
// bodies" → "Our"), and so are they when the next sentence takes them up
// by "they": "Our reporters spent a week at the county morgue. They found
// 9 heat deaths that never made the official tally." The pronoun names
// the people the sentence before opened on; what they found is the
// outlet's own finding (convention 3). "We reviewed 300 rulings. They
// show ..." is another matter: "they" there is the rulings, so only
// people after "Our" are taken up.

// ourPeopleBefore returns "Our" from the sentence before sentence si when
// attribution a is "they" before a verb of finding, counting or recording
// ("found", "counted", "logged") and that sentence opens
// on "Our" and people ("Our reporters", "Our team").
func (c *call) ourPeopleBefore(si int, v *view, a attr) (Claimant, bool) {
	w := v.toks[a.anchor].low
	if si == 0 || !v.isOne(a.src, wThey) || a.srcEnd-a.src != 1 || !(v.toks[a.anchor].finding && !v.toks[a.anchor].report || strings.HasPrefix(w, "count") || v.recording(a.anchor)) {
		return Claimant{}, false
	}
	p := c.view(si - 1)
	lo := p.skipKicker(p.skipDateline(0))
	if lo+1 >= len(p.toks) || !p.isOne(lo, wOur) {
		return Claimant{}, false
	}
	if t := &p.toks[lo+1]; !t.word || !(t.gatheredPeople() || t.has(cGroupNoun)) {
		return Claimant{}, false
	}
	// "Our correspondents met officials at the port. They estimate ...":
	// other people named after them may be whom "they" takes up.
	for k := lo + 2; k < len(p.toks); k++ {
		if t := &p.toks[k]; t.word && !t.capital && (t.gatheredPeople() || t.post()) {
			return Claimant{}, false
		}
	}
	cl := c.claimant(p, lo, lo+1, "")
	cl.How = Previous
	return cl, true
}
