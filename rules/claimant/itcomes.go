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
	// ("Yet it comes from ...": a connective opening the sentence.)
	if v.is(lo, wYet, wBut, wAnd) && v.isOne(lo+1, wIt) {
		lo++
	}
	if !v.is(lo, wIt) || !v.is(lo+1, wComes, wCame) || !v.is(lo+2, wFrom) {
		return Claimant{}, false
	}
	p := c.view(ni - 1)
	// The findings noun is the previous sentence's subject head: within its
	// first three words, after at most a determiner or a quantifier; or a
	// noun pointing back heading the clause after a colon or semicolon
	// ("Some 500,000 killed or wounded: the claim sounds fantastical").
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
	for k := 0; !found && k+2 < len(p.toks); k++ {
		if p.is(k, wColon, wSemicolon) && p.is(k+1, wThe, wThat, wThis) && (p.toks[k+2].backNoun() || p.toks[k+2].has(cFindingNoun)) && !p.toks[k+2].capital {
			found = true
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
	// ("the Ministry of Defence in London": a ministry named by its kind,
	// its place after it.)
	if id == "" && !v.bodyName(a, b) && !v.ministryName(a, v.namePlace(a, b)) {
		return Claimant{}, false
	}
	cl := c.claimant(v, a, b, id)
	cl.How = Next
	return cl, true
}
