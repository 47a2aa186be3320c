package claimant

// A frame's source may be described in a relative clause right after it:
// "According to UNRWA, whose schools once taught 300,000 children, not one
// classroom is open", "Per the IOM, which runs 40 camps in Darfur, ...".
// A figure in that clause is what the source is or does, not what it
// claims (convention 4, as "UNRWA, which employs some 13,000 people" is
// the sentence's own); the frame covers the main clause after it. A clause
// with a verb of claim of its own ("..., which counted 9 million
// displaced") is read as that verb's attribution, not here.

// describedSource reports whether token ft lies in a relative clause
// opening right after the frame a's source with a comma and "which",
// "whose" or "who", before any boundary closes that clause.
func (v *view) describedSource(a attr, ft int) bool {
	k := a.srcEnd
	if !v.isOne(k, wComma) || !v.is(k+1, wWhich, wWhose, wWho) || ft <= k+1 {
		return false
	}
	for m := k + 2; m < ft; m++ {
		if v.boundary(m) || v.toks[m].report || v.toks[m].finding {
			return false
		}
	}
	return true
}
