package claimant

// A pointer back whose noun for the figure is followed by a contact
// clause naming who gave it: "That's the number regional officials gave
// us", "That is the figure the ministry released on Monday", "This is the
// toll the civil defence gave reporters". The clause's subject is the
// figure's source, as the owner after "from" or "by" is in "That is the
// estimate of UNICEF". A clause in which someone only used or doubted the
// figure ("the figure the campaign quotes", "the number Hamas disputes")
// names no origin.

// contactGiver reads, at token j of a sentence opening "That is the",
// a noun for a figure followed by a noun phrase and a verb of origin in
// the past or present (origin: gave, gives, provided, released, ...):
// the phrase is the giver.
func (v *view) contactGiver(j, n int) (int, int, bool) {
	t := &v.toks[j]
	if !t.word || t.capital || !(t.backNoun() || t.has(cFindingNoun)) {
		return 0, 0, false
	}
	a, b := v.npAfter(j+1, n)
	if b <= a || b >= n || v.toks[a].has(cPronoun) {
		return 0, 0, false
	}
	if verb := &v.toks[b]; !verb.word || verb.capital || !origin(verb.low) {
		return 0, 0, false
	}
	return a, b, true
}
