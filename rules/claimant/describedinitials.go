package claimant

// A body is often introduced by what it is, in lower case after its town,
// and then the initials it goes by in brackets: "The Halton police service
// (HPS) said", "the Lakeshore fire department (LFD) reported". The
// description gives way to the initials (convention 8, as for a full name
// and its initials), and the initials need not abbreviate the description:
// a body named in another language keeps its own letters. shortNameAt
// reads a capitalised name's short name; this reads the lower-case
// description's.

// describedInitials reads "(INITIALS)" opening at token k and closing at
// j, after a lower-case noun phrase: the initials' token and the token
// that opens the phrase. ok false: the word before the bracket is
// capitalised (shortNameAt's), the bracket holds other words than one
// body's initials, an agency's credit, or there is no phrase before it.
func (v *view) describedInitials(k, j, lo int) (int, int, bool) {
	// (One letter in brackets, "(a)", marks a list's item.)
	// ("(ANSM, the medicines regulator)": the initials and their gloss,
	// bracketgloss.go.)
	glossed := j > k+2 && v.bracketGlossEnd(k+2) == j
	if k < lo+1 || j != k+2 && !glossed || !v.isOne(j, wCloseBracket) || !v.initials(k+1) || len(v.toks[k+1].low) < 2 {
		return 0, 0, false
	}
	last := &v.toks[k-1]
	// "The report (PDF) says": a document's format, no body's initials.
	// "The company's chief executive (CEO) said": a post's initials;
	// the post is read as before.
	if !last.word || last.capital || last.num || last.fig || last.has(cPronoun|cFindingNoun|cDocumentNoun|cOfficeNoun) || last.post() {
		return 0, 0, false
	}
	// "the agency said on Friday (AP)": a wire's credit, no name.
	if v.wireCredit(k + 1) {
		return 0, 0, false
	}
	opens := v.basisStart(v.npBefore(k, lo), lo)
	if opens >= k {
		return 0, 0, false
	}
	// "The health board (CISSS) and the union (FIQ) said": two bodies
	// joined before one verb; the second alone is not the subject
	// (jointsource.go reads two sources together).
	if opens > lo && v.is(opens-1, wAnd, wAmpersand) {
		return 0, 0, false
	}
	return k + 1, opens, true
}
