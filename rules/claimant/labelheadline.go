package claimant

// A headline naming its source before a colon, with a clause and no
// figure after it ("Turkana governor: floods cut main road."), announces
// the figures of the standfirst that follows ("At least 31 villages
// stranded."), as "The IOM released new figures." does (convention 5).
// The source is read as a headline's label is (headlinesource.go
// openingLabelSource, name.go): a place or a topic before the colon
// ("Garissa: ...", "Drought in Turkana: ...") names no one.

// labelHeadline returns the source a headline names before its colon
// when the headline, sentence si, gives no figure of its own.
func (c *call) labelHeadline(si int) (Claimant, bool) {
	v := c.view(si)
	// Most sentences have no colon (view.marks).
	if v.marks&spColon == 0 || len(v.toks) == 0 {
		return Claimant{}, false
	}
	s := c.d.Sentences[si]
	for i := s.FigStart; i < s.FigEnd; i++ {
		if f := &c.d.Figures[i]; f.Kind.IsAmount() && !v.stampFigure(f.Start) {
			return Claimant{}, false
		}
	}
	// A speaker's line is a transcript's, no headline, and so is a
	// programme's own role before its colon ("HOST:"); a question
	// ("...: how many have fled?") announces nothing.
	if _, e, ok := c.speakerLabel(si); ok || e > 0 || v.roleLabelEnd() > 0 || v.isOne(len(v.toks)-1, wQuestion) {
		return Claimant{}, false
	}
	out, colon := v.openingLabelSource(v.skipDateline(0), len(v.toks), nil)
	// The label must open a clause, not a list or a quote ("UNRWA: “We
	// ...”" is read as a quote's speaker).
	if colon < 0 || len(out) == 0 || colon+1 >= len(v.toks) || !v.toks[colon+1].word {
		return Claimant{}, false
	}
	// A clause, not a name, follows the colon: a lower-case word other
	// than a name's link ("Source: Kenya Ministry of Health." names the
	// source of what follows, sourceline.go, and is no headline).
	clause := false
	for k := colon + 1; k < len(v.toks); k++ {
		if t := &v.toks[k]; t.word && !t.capital && !t.has(cLink|cDeterminer) {
			clause = true
			break
		}
	}
	if !clause {
		return Claimant{}, false
	}
	cl, ok := c.name(v, out[len(out)-1])
	if !ok {
		return Claimant{}, false
	}
	cl.How = Previous
	return cl, true
}
