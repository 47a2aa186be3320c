package claimant

// peopleAtClosing reports whether the phrase [x, i), before a verb of
// claim at i that closes the sentence after a comma, is people of a named
// body in the plural: "..., researchers at the Vienna Institute for
// Demography estimate.", "..., senior economists at the Kiel Institute
// forecast." The verb's bare form is as often a noun ("the Institute
// estimate"), but after people in the plural it is theirs
// (closingClauseVerb), and convention 8 then writes the body. One or two
// modifiers may stand before the people ("senior", "two"; claim51b);
// "with" the body as well as "at" or "from" (review51).
func (v *view) peopleAtClosing(x, i, lo int) bool {
	if x <= lo || !v.comma(x-1) {
		return false
	}
	for k := x; k < i-2 && k <= x+2; k++ {
		p := &v.toks[k]
		if !p.word || p.capital {
			return false
		}
		if (peopleAt[p.low] || p.scholars()) && v.is(k+1, wAt, wFrom, wWith) {
			return v.named(k+2, i)
		}
	}
	return false
}
