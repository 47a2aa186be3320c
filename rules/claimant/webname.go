package claimant

// A web name is one name, its dots inside it: "according to Rentals.ca",
// "the tracking site PowerOutage.us", "Zoopla.co.uk", "a Daft.ie report"
// (claim27c). Its dots have no space either side, and a short lower-case
// label (the domain's) follows each, after a capitalised name or another
// such label: "U.S." and "No. 10" are read as before (internalDot).

// webNameDot reports whether the full stop at i is a web name's dot.
func (v *view) webNameDot(i int) bool {
	if i == 0 || i+1 >= len(v.toks) || v.toks[i].space || v.toks[i+1].space {
		return false
	}
	p, n := &v.toks[i-1], &v.toks[i+1]
	if !p.word || !n.word || n.capital || len(n.low) < 2 || len(n.low) > 4 {
		return false
	}
	return p.capital || i >= 3 && !p.space && v.toks[i-2].low == "." && v.webNameDot(i-2)
}
