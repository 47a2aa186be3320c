package claimant

// Naming the source a pointer back gives: the source "but" gives instead of
// a denied one, the agent of a participle ("compiled by the ministry"), and
// the claimant named (pointed, names).

// butInstead returns, for a source [a, b) read after a preposition that
// "not" denies ("not from activists but from COGAT's own published logs",
// "comes not from the ministry but from UNRWA"), the source "but" gives
// instead; else a, b.
func (v *view) butInstead(a, b int) (int, int) {
	p := a - 1
	if p < 1 || !v.toks[p].has(cPreposition) || !v.isOne(p-1, wNot) || !v.isOne(b, wBut) {
		return a, b
	}
	k := b + 1
	if k < len(v.toks) && v.toks[k].low == v.toks[p].low {
		k++
	}
	if x, y := v.npAfter(k, len(v.toks)); y > x && (v.toks[x].capital || v.toks[x].has(cDeterminer) || v.toks[x].poss) {
		return x, y
	}
	return a, b
}

// madeByAgent returns, for a source [a, b) a pointer back names that is
// followed by a participle and its agent ("satellite imagery analysed by
// Unosat", "hospital records compiled by the ministry"), the agent: who
// worked the material into the figure. Else a, b.
func (v *view) madeByAgent(a, b int) (int, int) {
	if b+2 >= len(v.toks) || !v.pastVerb(b) {
		return a, b
	}
	// "published Tuesday by Unosat", "released on Monday by": when it
	// was made, said between the participle and its agent.
	by := b + 1
	if v.isOne(by, wOn) && by+1 < len(v.toks) && v.toks[by+1].has(cDay) {
		by++
	}
	if v.toks[by].has(cDay) && v.toks[by].capital || v.is(by, wYesterday, wToday, wOvernight, wEarlier, wLater) {
		by++
	}
	// ("released last week by": pastWhen, claim28.)
	if !v.isOne(by, wBy) {
		by = v.pastWhen(b+1, len(v.toks))
	}
	if by+1 >= len(v.toks) || !v.isOne(by, wBy) {
		return a, b
	}
	if x, y := v.npAfter(by+1, len(v.toks)); y > x && (v.toks[x].capital || v.toks[x].has(cDeterminer)) && !v.toks[x].has(cDay) && !v.toks[y-1].has(cTimeNoun) {
		return x, v.makerEnd(x, y)
	}
	return a, b
}

// pointed names the source [a, b) a sentence after the figure's points
// back with.
func (c *call) pointed(v *view, a, b, anchor int) (Claimant, bool) {
	a, b = v.butInstead(a, b)
	a, b = v.madeByAgent(a, b)
	at := attr{src: a, srcEnd: b, anchor: anchor}
	// "That was the count of the city's mayor, Ihor Terekhov": the
	// office's holder (officeframe.go).
	if e, ok := v.holderAfterFrame(a, b, len(v.toks)); ok {
		at.srcEnd = e
		v.appositiveAfter(&at, len(v.toks))
	}
	cl, ok := c.name(v, at)
	cl.How = Next
	return cl, ok
}

// names reports whether tokens [x, y) hold a configured alias: "the
// ministry" in a story that names the ministry is a name too.
func (c *call) names(v *view, x, y int) bool {
	_, ok := c.lookup(v, x, y)
	return ok
}
