package claimant

// Kin and companions of someone: "relatives of the Leeds-born aid
// worker", "a pal of the Sunderland volunteer", "the family of the
// Cheshire nurse". The person after "of" is whom the speakers are kin to,
// often dead or missing, and is no speaker: the phrase's head is the kin
// noun before "of", so the phrase reads back over "of the" as it does
// over a body's staff ("officials of the Red Crescent"). Unlike staff,
// kin speak for no one: reduce keeps the whole phrase.

// companions are the people a person is known by, besides her family
// (kin, described.go), in the singular; their plurals are read by
// singular.
var companions = set("relative family friend pal mate neighbour neighbor colleague classmate flatmate housemate fiance fiancee partner cousin uncle aunt nephew niece girlfriend boyfriend")

// kinOf reports whether token i is "of" after a noun of kin or
// companionship: the phrase's head is the kin, not the person after.
func (v *view) kinOf(i, lo int) bool {
	if i-1 < lo || !v.isOne(i, wOf) {
		return false
	}
	p := &v.toks[i-1]
	if !p.word {
		return false
	}
	// "the families of the hundred and thirty or so hostages": whom
	// they are kin to is counted ("a hundred", a figure), no speaker.
	for k := i + 1; k < len(v.toks) && k <= i+2; k++ {
		if t := &v.toks[k]; t.num || t.fig || counting[t.low] {
			return false
		}
	}
	w := singular(p.low)
	return kin[w] || kin[p.low] || companions[w] || companions[p.low] || p.low == "families"
}
