package claimant

// A live blog's "Key numbers: ..." or "Key figure: ..." line is headed by
// what it holds, not by who counted it: "Key" is an adjective, no owner
// of the numbers, and "Key numbers from Rio Grande do Sul:" or "Key
// numbers from the Ukraine aid bill:" name the place or the topic the
// numbers are about. Only a source after "from" ("Key numbers from the
// Sudan Doctors Network:", "from OCHA's latest update:") heads the line's
// items (see choose's list header).

// keyNumbers reports whether findings attribution a is a line label's
// "Key numbers" that names nobody.
func (v *view) keyNumbers(a attr) bool {
	s, e := a.src, a.srcEnd
	if a.kind != kFindings || !v.words.has(wKey) || !v.toks[a.anchor].has(cFindingNoun) {
		return false
	}
	// "Key figure:": the adjective read as the figure's owner.
	if a.srcEnd == a.anchor && a.srcEnd-a.src == 1 && v.isOne(a.src, wKey) {
		return true
	}
	// "Key numbers from Rio Grande do Sul:": a place or a topic closing
	// the label.
	if a.src > a.anchor && v.isOne(a.anchor-1, wKey) && v.labelCloses(a.srcEnd) && e > s {
		for k := s; k < e; k++ {
			// "OCHA's latest update", "today's ministry update", "the UN
			// briefing": an owner or a body's initials.
			if v.isOne(k, wApostrophe) || v.toks[k].shouted {
				return false
			}
		}
		// "the Velmora Red Cross": a proper name after "the" is a body's;
		// a place goes without it.
		if v.isOne(s, wThe) && e-s > 1 && v.allCapitalised(s+1, e) {
			return false
		}
		return !v.labelSource(s, e) && !announcement(v.toks[e-1].low) && !v.isOne(e-1, wBriefing)
	}
	return false
}

// labelCloses reports whether the label's colon follows token k, perhaps
// after a few lower-case words of time: "from Rio Grande do Sul so far:".
func (v *view) labelCloses(k int) bool {
	for m := k; m < len(v.toks) && m <= k+3; m++ {
		if v.isOne(m, wColon) {
			return true
		}
		if t := &v.toks[m]; !t.word || t.capital {
			return false
		}
	}
	return false
}
