package claimant

// Two sources joined by "and" closing a clause: ", the WHO and UNRWA
// told donors", ", the Red Cross and the IFRC warned in an appeal". They say
// the figure together, and the clause's claimant is the one they both
// name: a configured claimant both stand for (one UN, for two of its
// agencies), or no one when they name two (convention 2 names one
// innermost source, and a joint statement of two bodies has none). A
// source joined forward ("Hamas and Islamic Jihad said 14 ...") is read
// as before: the nearer speaks.

// jointBefore returns where the name joined by "and" to the subject
// opening at src starts, when the pair follows a comma: ", X and Y
// said". -1 when there is none.
func (v *view) jointBefore(src, lo int) int {
	p := src - 1
	if p-1 <= lo || !v.isOne(p, wAnd) || v.toks[p].capital {
		return -1
	}
	q := v.npBefore(p, lo)
	if q >= p || q-1 < lo || !v.comma(q-1) || !v.named(q, p) || v.placeOwner(q, p) {
		return -1
	}
	return q
}

// jointClaimant names a closing verb's joint subject (see jointBefore):
// the configured claimant both names stand for, or none. ok false when a
// has no joint subject.
func (c *call) jointClaimant(v *view, a attr) (cl Claimant, found, ok bool) {
	if a.kind != kVerb || !a.back || a.src < 2 || !v.isOne(a.src-1, wAnd) {
		return Claimant{}, false, false
	}
	lo := v.skipDateline(0)
	q := v.jointBefore(a.src, lo)
	if q < 0 {
		return Claimant{}, false, false
	}
	first, ok1 := c.lookup(v, q, a.src-1)
	second, ok2 := c.lookup(v, a.src, a.srcEnd)
	if ok1 && ok2 && first == second {
		return c.claimant(v, a.src, a.srcEnd, second), true, true
	}
	return Claimant{}, false, true
}
