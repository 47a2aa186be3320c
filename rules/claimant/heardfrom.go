package claimant

// The sentence after a figure's, in the writer's own voice, saying where
// the figure came from or who made it: "We're hearing that from the
// Israel Prison Service" (the body it came from), "We compiled that total
// from press freedom groups' lists" (the writer made it, from others'
// material).

// heardVerbs take a figure in from someone: "hearing that from".
var heardVerbs = set("hear hearing heard got getting get have had")

// madeVerbs make a figure out of material: "compiled that total from".
var madeVerbs = set("compiled built assembled calculated tallied totted")

// heardFrom reads a first-person sentence pointing back at the figure
// with a verb of taking it in or of making it: the body after "from" for
// the first ("We're hearing that from X"), the writer for the second ("We
// compiled that total from X's lists"). The pointer ("that", "this", "it",
// or "that total") stands right after the verb.
func (c *call) heardFrom(v *view) (Claimant, bool) {
	lo := v.skipDateline(0)
	if lo >= len(v.toks) || !v.toks[lo].has(cFirstPerson) || !v.toks[lo].has(cPronoun) {
		return Claimant{}, false
	}
	for k := lo + 1; k < len(v.toks) && k <= lo+4; k++ {
		if v.boundary(k) || v.toks[k].fig {
			return Claimant{}, false
		}
		w := v.toks[k].low
		heard, made := heardVerbs[w], madeVerbs[w]
		if !heard && !made {
			continue
		}
		p := k + 1
		if !v.is(p, wThat, wThis, wIt, wThose, wThese) {
			return Claimant{}, false
		}
		if p+1 < len(v.toks) && !v.is(p, wIt) && (v.toks[p+1].backNoun() || v.toks[p+1].has(cFindingNoun)) {
			p++
		}
		if !v.is(p+1, wFrom) {
			return Claimant{}, false
		}
		if made {
			cl, ok := c.claimant(v, lo, lo+1, ""), true
			cl.How = Next
			return cl, ok
		}
		if a, b := v.npAfter(p+2, len(v.toks)); b > a && (v.toks[a].capital || v.toks[a].has(cDeterminer)) {
			return c.pointed(v, a, b, p+1)
		}
		return Claimant{}, false
	}
	return Claimant{}, false
}

// firstPersonOpens reports whether the sentence opens, past a dateline or
// a live blog's stamp, on "I" or "we".
func (v *view) firstPersonOpens() bool {
	lo := v.skipDateline(0)
	return lo < len(v.toks) && v.toks[lo].has(cFirstPerson) && v.toks[lo].has(cPronoun)
}
