package claimant

// A source in brackets after its figure may be a long proper name with
// link words between its capitals, as agencies and trade bodies abroad are
// named: "Valencia flood claims top 210,000 (Consorcio de Compensación de
// Seguros)", "(Institute for Fiscal Studies)". owner.go bracketSource reads
// its words; the links are part of the name, no ordinary words after it.

// bracketNameLink reports whether token k is a lower-case link word
// ("de", "for", "of") between two capitalised words, inside a bracketed
// name; "and" joins two sources or places ("(Valencia and Murcia)"), no
// name.
func (v *view) bracketNameLink(k int) bool {
	if k < 1 || k+1 >= len(v.toks) {
		return false
	}
	t := &v.toks[k]
	return t.word && !t.capital && t.has(cLink) && !v.is(k, wAnd, wAmpersand) && v.toks[k-1].capital && v.toks[k-1].word && v.toks[k+1].capital && v.toks[k+1].word
}
