package claimant

// "Save the Children, drawing on figures from the Ministry of Health in
// Khartoum, said 1,700 children had died": a participle of drawing or
// relying on findings names their maker as "citing" does, the inner source
// of what its subject says. Only findings are drawn on so: "drawing on its
// experience", "relying on donors" name no source.

// drawnOn reports whether the participle at i ("drawing", "relying") goes
// on with "on" or "upon" and a phrase holding a noun for findings.
func (v *view) drawnOn(i, hi int) bool {
	if i+2 >= hi || !v.is(i+1, wOn, wUpon) {
		return false
	}
	// "An Anadolu tally drawing on Gaza health ministry data", "By the
	// Ledger's tally, relying on hospital lists": findings compiled from
	// another's are their maker's own (material, convention 3); only a
	// teller drawing on them passes them on.
	// "Drawing on Israeli figures, an AFP count finds": opening the
	// sentence, the participle's subject is the findings after it; the
	// teller is read in an aside after its subject's comma.
	if i < 2 || !v.comma(i-1) || v.toks[i-2].has(cFindingNoun) {
		return false
	}
	a, b := v.citedPhrase(i+2, hi)
	for k := a; k < b; k++ {
		if t := &v.toks[k]; t.has(cFindingNoun) && !t.capital {
			return true
		}
	}
	return false
}
