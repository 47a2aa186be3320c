package claimant

// A verb of claim may close its clause with a span of time after a
// preposition: "..., the Qatari foreign ministry said after a delay of
// several hours", "..., the governor said after two days of searching",
// "..., officials said within 48 hours". The number counts the time the
// saying took or waited, not a figure of a second clause, and the verb
// still reaches back over what it said. So does "after" or "before" with a
// noun phrase right after the verb ("said after a delay", "said before a
// meeting"): a time, where "said after the strike killed 40" opens a
// clause whose verb ends the reach.

// durationAt reports whether the number at token k counts a span of time
// after a preposition: "of several hours", "after two days", "within 48
// hours".
func (v *view) durationAt(k int) bool {
	if k < 1 || k+1 >= len(v.toks) || !v.toks[k-1].has(cPreposition) && !v.is(k-1, wOf, wAfter) {
		return false
	}
	return timeUnit(singular(v.toks[k+1].low))
}

// timeUnit reports whether u, singular, is a unit or a part of time.
func timeUnit(u string) bool {
	return timeNouns[u] || u == "day" || u == "hour" || u == "minute"
}
