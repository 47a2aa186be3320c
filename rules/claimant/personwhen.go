package claimant

// A person last named in the sentence before may have a phrase of when
// after her: "I spoke to a nurse at Al-Awda hospital a little earlier.
// She told me ...", "... a doctor in Rafah this morning." The phrase says
// when she was met, not who she is; the person's phrase ends before it
// (convention 8 keeps a witness's phrase, "a nurse at Al-Awda hospital").

// whenAfterPerson returns where a phrase of when starts inside the
// person's phrase [x, y), with a preposition before it, or y: a time word
// ("earlier", "yesterday"), "this", "last" or "on" before a day or a time
// noun, or "a" or "an" opening words that close on "earlier", "ago" or
// "later".
func (v *view) whenAfterPerson(x, y int) int {
	for k := x + 2; k < y; k++ {
		if v.opensWhen(k, y) {
			// ("a spokesman for the IOM in Chad until last year": the
			// preposition before the phrase goes with it.)
			for k-1 > x+1 && v.toks[k-1].word && !v.toks[k-1].capital && v.toks[k-1].has(cPreposition|cSubordinator) {
				k--
			}
			return k
		}
	}
	return y
}

// opensWhen reports whether a phrase of when opens at token k, before y.
func (v *view) opensWhen(k, y int) bool {
	switch {
	case v.toks[k].has(cTimeWord):
		return true
	case v.is(k, wThis, wLast, wOn) && k+1 < y && (v.toks[k+1].has(cDay) || v.toks[k+1].has(cTimeNoun)):
		return true
	case v.is(k, wA, wAn):
		for m := k + 1; m < y && m <= k+4; m++ {
			if w := v.toks[m].low; w == "earlier" || w == "ago" || w == "later" {
				return true
			}
		}
	}
	return false
}
