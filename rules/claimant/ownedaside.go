package claimant

// A figure's clause may be followed, in brackets or after a spaced dash,
// by the findings it comes from and their owner's possessive, perhaps
// denying another owner: "... no bread for a week (the World Food
// Programme's own number, not mine).", "Some 500 Palestinians have been
// killed this year – the UN's figures, not an activist's." The owner is
// the source, set right after what it covers as a bracket's source is
// ("(White Helmets figures)": label.go ownedInBracket). A place's or a
// time's possessive ("– Gaza's worst week") owns no findings noun.

// ownedAsides appends each such owner in tokens [lo, hi).
func (v *view) ownedAsides(lo, hi int, out []attr) []attr {
	// Most sentences have neither a bracket nor a dash.
	if !v.brackets && v.marks&spDash == 0 {
		return out
	}
	for i := lo + 1; i < hi; i++ {
		if v.toks[i].low != "(" && !(v.isOne(i, wDash) && v.toks[i].space) {
			continue
		}
		if a, b, ok := v.ownedFindingsAfter(i+1, hi); ok {
			out = append(out, attr{src: a, srcEnd: b, anchor: i, kind: kFrame, back: true, bracket: true})
		}
	}
	return out
}

// ownedFindingsAfter reads, from token k, a name's possessive (capitalised
// words, link words between them, perhaps "the" before), perhaps findings
// modifiers ("own", "latest"), and a findings noun closing the bracket or the
// sentence, or going on only to a denial (", not mine"): the name.
func (v *view) ownedFindingsAfter(k, hi int) (int, int, bool) {
	s := k
	if s < hi && v.isOne(s, wThe) {
		s++
	}
	m := s
	for m < hi && m <= s+6 && (v.toks[m].word && v.toks[m].capital || m > s && v.bracketNameLink(m)) {
		m++
	}
	if m == s || !v.isOne(m, wApostrophe) || v.placeName(s, m) {
		return 0, 0, false
	}
	// ("own" is a findings modifier.)
	p := v.possEnd(m - 1)
	for p < hi && p < m+6 && v.toks[p].word && !v.toks[p].capital && v.toks[p].has(cFindingsModifier) {
		p++
	}
	if p >= hi || !v.toks[p].has(cFindingNoun) && !quantityNounIDs.has(&v.toks[p].spelling) || v.toks[p].capital {
		return 0, 0, false
	}
	p++
	if v.isOne(p, wCloseBracket) || v.endsAt(p) || v.isOne(p, wComma) && v.isOne(p+1, wNot) {
		return k, m, true
	}
	return 0, 0, false
}
