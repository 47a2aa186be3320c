package claimant

// A body's short name in brackets may carry a gloss after a comma, in
// the same brackets: "the Office fédéral de la statistique (OFS, the
// federal statistics office) counted", "the Centraal Bureau voor de
// Statistiek (CBS, Statistics Netherlands) said". Outlets abroad gloss a
// body named in its own language so; the short name is still what they
// name it by (convention 8: initials in brackets after a full name are
// the label, 343 dev cases to 0, and the two dev cases that gloss the
// initials after the brackets write the initials too). The gloss is a
// description or an English name: a few words, no verb, no figure.

// maxGloss is how many tokens a gloss in brackets may hold.
const maxGloss = 8

// bracketGloss reports whether the comma at i, after a short name inside
// brackets, opens a gloss that runs to the closing bracket.
func (v *view) bracketGloss(i int) bool { return v.bracketGlossEnd(i) > i }

// bracketGlossEnd returns the closing bracket of the gloss the comma at i
// opens; -1 when it opens none.
func (v *view) bracketGlossEnd(i int) int {
	if !v.isOne(i, wComma) {
		return -1
	}
	// "Chris Law (SNP, Dundee West)", "Dr Ahmed Saleh (MSF, Gaza)": a
	// person's party or body and place, no gloss (review51). A gloss
	// describes, after an article or in lower case, or is an English
	// name holding a kind of body or a findings word ("Statistics
	// Netherlands"); a place alone is none.
	words, described := 0, false
	if n := i + 1; n < len(v.toks) && (v.toks[n].has(cDeterminer) || v.toks[n].word && !v.toks[n].capital) {
		described = true
	}
	for k := i + 1; k < len(v.toks) && k <= i+maxGloss+1; k++ {
		t := &v.toks[k]
		if t.word && (t.nameKind() || t.has(cFindingNoun)) {
			described = true
		}
		switch {
		case v.isOne(k, wCloseBracket):
			if words == 0 || !described || v.knownPlace(i+1, k) {
				return -1
			}
			return k
		case t.num || t.fig || v.isOne(k, wOpenBracket) || v.isOne(k, wComma):
			return -1
		case t.word && !t.capital && v.isVerbLike(k) && !v.descriptorWord(k):
			// "(OFS, which counts residents)": a clause, no gloss.
			return -1
		case t.word:
			words++
		}
	}
	return -1
}

// glossedShortOpening returns the opening bracket of a short name and its
// gloss closed at c ("(OFS, the federal statistics office)"), reading
// back no further than lo; -1 when there is none.
func (v *view) glossedShortOpening(c, lo int) int {
	for k := c - 1; k > lo && k >= c-maxGloss-maxShortName-2; k-- {
		if v.isOne(k, wCloseBracket) {
			return -1
		}
		if !v.isOne(k, wOpenBracket) {
			continue
		}
		for m := k + 2; m < c && m <= k+maxShortName+1; m++ {
			if v.isOne(m, wComma) {
				if v.bracketGloss(m) {
					return k
				}
				return -1
			}
		}
		return -1
	}
	return -1
}
