package claimant

import "strings"

// Some bodies' names hold a findings noun or a plural possessive as one of
// their words: "Statistics Norway", "National Records of Scotland", "the
// Palestinian Prisoners' Society", "the National Farmers' Union". Read as
// findings or as an owner, such a word cuts the name in two and gives the
// figure to a part of it ("Norway", "National", "Society"); inside a name
// it is only a word of the name.

// namedFindings clears the findings and reporting readings of a
// capitalised findings noun inside a proper name: one followed by a
// capitalised word that is no verb of claim ("Statistics Norway"), or one
// after a capitalised word and before "of" and a capital ("National
// Records of Scotland"). A findings noun capitalised to open a headline's
// clause keeps its reading before a verb ("UN Figures Show").
func (v *view) namedFindings() {
	for i := range v.toks {
		t := &v.toks[i]
		if !t.word || !t.capital || t.shouted || !t.has(cFindingNoun) || i+2 >= len(v.toks) {
			continue
		}
		n := &v.toks[i+1]
		inside := n.word && n.capital && !n.shouted && !n.report && !n.finding && !n.has(cDeterminer|cPreposition|cDay)
		if !inside && i > 0 && n.low == "of" && v.toks[i+2].word && v.toks[i+2].capital {
			p := &v.toks[i-1]
			inside = p.word && p.capital && !p.has(cDeterminer|cPreposition)
		}
		// "Armed Conflict Location & Event Data", "the Uppsala Conflict
		// and Peace Data": a capitalised findings noun closing capitals
		// that "&" or "and" joins is the name's last word, before a
		// word in lower case ("UN and Red Cross Figures Show" is a
		// headline's clause).
		if !inside && !n.capital && v.linkedNameBefore(i) {
			inside = true
		}
		if inside {
			t.cls &^= cFindingNoun
			t.report, t.finding = false, false
		}
	}
}

// pluralPossInName reports whether the apostrophe at k, after a
// capitalised plural and before a capitalised word, is inside the name
// that ends at e: "the Palestinian Prisoners' Society", "the Farmers'
// Union". A plural's possessive before a capital in the same name owns
// nothing of its own.
func (v *view) pluralPossInName(k, lo, e int) bool {
	if k-1 < lo || k+1 >= e || !v.isOne(k, wApostrophe) || v.toks[k].space {
		return false
	}
	p, n := &v.toks[k-1], &v.toks[k+1]
	return p.poss && p.capital && !p.shouted && strings.HasSuffix(p.low, "s") && n.word && n.capital && n.low != "s"
}

// possessiveInName reports whether token k is the apostrophe or the "s"
// of a possessive inside the name [lo, e), between a capitalised word and
// the capitalised words after it, with no space: "Lloyd's List
// Intelligence", "St John's Ambulance". A possessive closing the phrase
// ("Kpler's") owns what follows, and is no part of a name.
func (v *view) possessiveInName(k, lo, e int) bool {
	a := k
	if v.isOne(k, wS) {
		a = k - 1
	}
	if a-1 < lo || a+2 >= e || !v.isOne(a, wApostrophe) || !v.isOne(a+1, wS) || v.toks[a].space || v.toks[a+1].space {
		return false
	}
	p, n := &v.toks[a-1], &v.toks[a+2]
	return p.word && p.capital && !p.shouted && n.word && n.capital
}

// findingsOfInName reports whether "of" at k joins a capitalised findings
// noun to the capitalised words after it in one name, as namedFindings
// reads it: "National Records of Scotland estimates".
func (v *view) findingsOfInName(k, lo, e int) bool {
	if k-1 < lo || k+1 >= e || !v.isOne(k, wOf) {
		return false
	}
	p := &v.toks[k-1]
	return p.word && p.capital && !p.shouted && findingNouns[p.low] && v.toks[k+1].word && v.toks[k+1].capital
}

// linkedNameBefore reports whether capitalised words that "&" or "and"
// joins to a capitalised word before it run up to token i: "Location &
// Event" before "Data".
func (v *view) linkedNameBefore(i int) bool {
	m := i - 1
	for m > 0 && v.toks[m].word && v.toks[m].capital && !v.toks[m].shouted && m > i-4 {
		m--
	}
	if m == i-1 || m < 1 || !v.is(m, wAnd, wAmpersand) || v.toks[m].capital {
		return false
	}
	p := &v.toks[m-1]
	return p.word && p.capital && !p.shouted && !v.sentenceWord(m-1)
}
