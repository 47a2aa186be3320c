package claimant

// itComesFrom reads "It comes from X" opening the sentence ni, after a
// sentence whose subject is a findings noun ("One estimate puts ...", "A
// new count has ..."): the pronoun takes up those findings, and X made
// them. After any other sentence "it" may be anything ("It comes from a
// town where ..."), so the previous subject is what allows the reading.
func (c *call) itComesFrom(ni int) (Claimant, bool) {
	if ni < 1 {
		return Claimant{}, false
	}
	v := c.view(ni)
	lo := v.skipDateline(0)
	if !v.is(lo, wIt) || !v.is(lo+1, wComes, wCame) || !v.is(lo+2, wFrom) {
		return Claimant{}, false
	}
	p := c.view(ni - 1)
	// The findings noun is the previous sentence's subject head: within its
	// first three words, after at most a determiner or a quantifier.
	found := false
	for k := 0; k < len(p.toks) && k < 3; k++ {
		if p.toks[k].has(cFindingNoun) {
			found = true
			break
		}
		if !p.toks[k].word {
			break
		}
	}
	if !found {
		return Claimant{}, false
	}
	a, b := v.npAfter(lo+3, len(v.toks))
	if b <= a || !v.named(a, b) {
		return Claimant{}, false
	}
	// A place is where the findings were made, not who made them: only a
	// configured claimant or a body's name ("the Halden Monitoring
	// Service") is read.
	id, _ := c.lookup(v, a, b)
	if id == "" && !v.bodyName(a, b) {
		return Claimant{}, false
	}
	cl := c.claimant(v, a, b, id)
	cl.How = Next
	return cl, true
}
