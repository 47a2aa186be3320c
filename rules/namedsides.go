package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A swap is told by its sides when one side is named by its people ("90
// Palestinian prisoners") and the other only by who its people are, freed
// or brought home in a stretch of its own: "three women handed over in
// Gaza City, 90 Palestinian prisoners ... bussed out of Ofer", "Three
// women held in Gaza for 471 days were returned on Sunday, and 90
// Palestinian prisoners ...", "carrying the three released women; ... 90
// Palestinian prisoners will be freed", "empties the cells of 90
// Palestinian prisoners to bring three Israeli women home", "four Israeli
// soldiers ... going one way, and two hundred Palestinian prisoners going
// the other". The count of people so freed is the other side. A count of
// people wounded, killed or moving for another reason ("three Israeli
// soldiers were wounded", "returned to their base") frees no one; a part
// of the named side ("among them 20 women handed over") is that side's;
// a count with no noun ("30 freed in the first batch") may be a part too;
// and a count its own people put on the named side ("12 Palestinian
// women") is not the other.

// namedSidesWords is how many words the other side's noun may stand after
// its figure: "two released soldiers", "three Israeli women".
const namedSidesWords = 3

// namedSides reports whether figure other is the other side of the swap
// from figure bound, of value boundValue: bound's noun phrase is headed by
// its value's side word; other counts people (a people noun within
// namedSidesWords words, or the other value's side word heading it), not
// the dead ("the bodies of"); it is no part of a figure before it; and
// the stretch of the sentence that is other's own (from the last clause
// break or comma, the end of bound or of a word of bound's value before
// it, to the next clause break or bound) holds a word of release
// (releasedIn).
func (m *metric) namedSides(d *figures.Document, s *figures.Sentence, bound, other, boundValue int, hits []hit) bool {
	if len(m.sidePhrases) == 0 || m.headSide(d, s, bound, hits) != boundValue {
		return false
	}
	switch side := m.headSide(d, s, other, hits); {
	case side == boundValue:
		return false // "12 Palestinian women": the named side's own people
	case side < 0 && !m.countsPeople(d, s, other):
		return false
	}
	os, oe := d.FigureTokens(other)
	if deadOf(d, os) || includedPart(d, s, other) {
		return false // "the bodies of two Israeli soldiers": the dead are not freed
	}
	bs, be := d.FigureTokens(bound)
	from, to := s.TokStart, s.TokEnd
	if bound < other {
		from = be
	} else {
		to = bs
	}
	for _, h := range hits {
		if h.ref.role == roleValue && m.valueOf[h.ref.index] == boundValue && h.end <= os && h.end > from {
			from = h.end // the bound side's words end its stretch: "90 Palestinian prisoners to bring"
		}
	}
	for k := os - 1; k >= from; k-- {
		// Before the figure a comma ends another clause too: "As 90
		// Palestinian prisoners were released from Ofer, three
		// journalists ..." (the verb is the bound side's).
		if sideBreak(d, k) || d.TokenText(k) == "," {
			from = k + 1
			break
		}
	}
	for k := oe; k < to; k++ {
		if sideBreak(d, k) {
			to = k
			break
		}
	}
	for _, h := range hits {
		if h.ref.role == roleValue && m.valueOf[h.ref.index] == boundValue && h.start >= oe && h.start < to {
			return false // "40 women freed, 20 prisoners home": a word of the bound side in other's own stretch
		}
	}
	return releasedIn(d, s, from, to)
}

// countsPeople reports whether a noun the metric counts (its unit's
// nouns: people.yaml for people) follows figure fi within namedSidesWords
// words, past words that describe it ("two released soldiers", "four
// female soldiers").
func (m *metric) countsPeople(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	for k := fe; k < s.TokEnd && k < fe+namedSidesWords; k++ {
		if !d.Tokens[k].IsWord() || figureAt(d, k) >= 0 {
			return false
		}
		if w := d.LowerTokenText(k); m.countNouns[w] || m.countNouns[singular(w)] {
			return true
		}
	}
	return false
}

// sideBreak reports whether token k parts two clauses or two items of
// a list told as clauses: a semicolon, a colon, a dash, a bracket, or
// "and", "while", "as" or "but" (a comma alone may set off an aside:
// "four Israeli soldiers, women soldiers, going one way").
func sideBreak(d *figures.Document, k int) bool {
	switch d.LowerTokenText(k) {
	case ";", ":", "—", "–", "(", ")", "and", "while", "as", "but":
		return true
	}
	return false
}

// releasedIn reports whether tokens [from, to) of sentence s tell people
// freed: a verb of freeing or handing over ("released", "handed over")
// with no object of its own after it (ownObjectAfter),
// one of being given back in the passive ("were returned"), "home" after
// a verb that brings people home ("bring three Israeli women home"), or
// "one way" (a swap's two ways: "going one way, and ... going the other").
func releasedIn(d *figures.Document, s *figures.Sentence, from, to int) bool {
	word := sentenceWords(d, s)
	for k := from; k < to; k++ {
		switch w := word(k); {
		case w == "returned":
			// "returned to their base" is a way back, not a release:
			// only a passive gives people back.
			switch word(k - 1) {
			case "was", "were", "been", "be", "being":
				return true
			}
		case w == "handed" || freeVerb(w) && w != "return" && w != "returns" && w != "returning":
			if !ownObjectAfter(d, word, k+1) && !rescuedFrom(d, s, k) {
				return true
			}
		case w == "home" && broughtHomeBefore(word, from, k):
			return true
		case w == "way" && word(k-1) == "one":
			return true
		}
	}
	return false
}

// ownObjectAfter reports whether the words from token k (after a verb of
// freeing, past "over", "back" or "up") open an object of the verb's own:
// a determiner or an owner ("handed over their footage", "released a
// statement"). The people counted are then the verb's subject, and what
// they hand over or release is something else. A determiner with a figure
// right after it opens the people counted ("handed over the three
// women"), who are freed.
func ownObjectAfter(d *figures.Document, word func(int) string, k int) bool {
	switch word(k) {
	case "over", "back", "up":
		k++
	}
	switch word(k) {
	case "the", "a", "an", "their", "his", "her", "its", "our", "this", "that", "these", "those":
		return figureAt(d, k+1) < 0
	}
	return false
}

// ownWordNoun reports whether figure fi counts a word of value vi as its
// noun, right after it or past a word of degree ("10 more hostages"): a
// side named by the value's own word, as a side word names it ("30
// Palestinians walked free tonight as 10 more hostages crossed into
// Israel").
func (m *metric) ownWordNoun(d *figures.Document, fi, vi int, hits []hit) bool {
	_, fe := d.FigureTokens(fi)
	for _, h := range hits {
		if h.ref.role != roleValue || m.valueOf[h.ref.index] != vi || h.start < fe || h.start > fe+1 {
			continue
		}
		if h.start == fe {
			return true
		}
		switch d.LowerTokenText(fe) {
		case "more", "further", "other", "additional", "remaining":
			return true
		}
	}
	return false
}
