package claimant

// An owned release opening a sentence as a frame: "In the International
// Energy Agency's latest outlook, oil demand averages 104 million
// barrels a day", "In the Lowy Institute's aid tracker, Chinese lending
// totals $2.1bn", "In the Census Bureau's latest release, the population
// reaches 341 million". The outlook, tracker or release is the owner's
// published work, as an update or bulletin is (announced.go), and what
// the sentence reads in it is the owner's. The nouns are no findings on
// their own ("the tracker Oryx" is a body, "the release of 40 hostages"
// an act, "the outlook for talks" a prospect): only a possessive owner
// and the comma closing the frame make them one ("In Hamas's release,"
// aside, which no copy writes).

// ownedRelease reads the noun at i, one of the words wordAttributions
// hands it, as such a frame: its owner a possessive, perhaps with
// modifiers between ("the IEA's latest", "the Lowy Institute's aid"),
// "In" or "By" before the owner ("By the Kiel Institute's own tracker,"),
// a comma right after the noun. The owner's name
// may be long ("In the US Energy Information Administration's latest
// outlook,"), which announced's reach of eight words is not.
func (v *view) ownedRelease(i, lo, hi int) (attr, bool) {
	if i+1 >= hi || !v.isOne(i+1, wComma) {
		return attr{}, false
	}
	k := v.findingsModified(i, lo)
	a, b, ok := v.possessor(k, lo)
	for m := k; !ok && m > k-2 && m > lo && v.plainModifier(m); m-- {
		a, b, ok = v.possessor(m-1, lo)
	}
	// ("In its latest outlook, the IMF ...": a pronoun takes up the
	// subject, which claims by its own verb.)
	if !ok || b > i || b <= a || v.toks[a].has(cPronoun) {
		return attr{}, false
	}
	// A body, by its name or its kind ("the IEA's", "the ministry's"):
	// "In the hostages' release," is what happened to them.
	if h := &v.toks[b-1]; !h.capital && !h.has(cBody) {
		return attr{}, false
	}
	p := a - 1
	if p >= lo && v.toks[p].has(cDeterminer) {
		p--
	}
	if p < lo || !v.is(p, wIn, wBy) {
		return attr{}, false
	}
	return attr{src: p + 1, srcEnd: b, anchor: i, kind: kFrame, back: true}, true
}
