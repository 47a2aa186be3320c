package claimant

import "github.com/claimtrack/claimtrack/rules/figures"

// A headline's label of a body's proper name with no known place after it:
// "Save the Children: 10 Gaza children a day losing a limb", "Palestine
// Red Crescent: 19 of its medics killed since October". namedLabel reads a
// label of one word by the place the headline puts after it, since a name
// of one word is written as a place is; a name of three capitalised words,
// of capitalised words joined by a link word ("the", "of", "for"), or of a
// word and its initials ("Stats SA: unemployment edges up to 33.2pc") is
// shaped as a body's and not as a place's, wherever the headline's place
// is. None is an event at its place ("Earthquake in Morocco:", "Siege of
// El Fasher:"), a place the rules know, a region, a direction opening the
// label ("North Darfur"), a place noun closing it ("Gaza City", "Kharkiv
// Oblast"), a label opening on a preposition ("From North Darfur:") or a
// kicker ("Breaking", "Live").

// properLabel reports whether the label [s, e) is such a name.
func (v *view) properLabel(s, e int) bool {
	if e-s < 2 || e-s > 7 {
		return false
	}
	caps, links := 0, 0
	for k := s; k < e; k++ {
		t := &v.toks[k]
		switch {
		case t.word && t.capital && !t.num && !t.fig:
			if kickerIDs.has(&t.spelling) && !(k == e-1 && v.nameClosingKicker(s, e)) || showRoleIDs.has(&t.spelling) || t.has(cDay|cPreposition|cPronoun|cClause) {
				return false
			}
			caps++
		case k > s && k+1 < e && t.word && !t.capital && (t.has(cLink) || t.low == "the" || t.low == "to" && v.toks[k-1].capital) && (v.toks[k+1].capital || k+2 < e && v.isOne(k+1, wThe) && v.toks[k+2].capital):
			// ("Earthquake in Morocco:", "Siege of El Fasher:": an event
			// and its place. "Aid to the Church in Need:", "Children on
			// the Edge:": a name's "in" after another link word of the
			// name, or before an ordinary word the lexicons know, which no
			// place is.)
			if v.placePreposition(k) && links == 0 && !v.knownWordAfter(k+1, e) || v.knownPlace(k+1, e) || v.placeName(k+1, e) {
				return false
			}
			links++
		default:
			return false
		}
	}
	// ("Stats SA:", "Oxfam GB:": a name closed by initials.)
	// (Initials of two letters, "SA", read as a capital and no lexicon
	// word, as in postOf.)
	last := &v.toks[e-1]
	initials := e-s == 2 && (last.shouted && len(last.low) <= 5 || len(last.low) == 2 && !last.inLexicon()) && !v.toks[s].shouted && !v.knownPlace(s, s+1) && !v.demonym(s)
	if caps < 2 || caps < 3 && links == 0 && !initials {
		return false
	}
	if first, last := v.toks[s].low, v.toks[e-1].low; directions[first] || placeNouns[last] || placeNouns[first] {
		return false
	}
	// ("Kharkiv North Saltivka:", "Gaza North Darfur": a place after a
	// first word.)
	return !v.placeName(s, e) && !v.knownPlace(s, e) && !v.knownRegion(s, e) && !v.placeName(s+1, e) && !v.knownPlace(s+1, e)
}

// knownWordAfter reports whether the capitalised words [s, e) after a
// label's "in", "at" or "on" open on a word the lexicons or the figures'
// vocabulary know, perhaps after "the": "in Need", "on the Edge"; a
// place's name is known to neither.
func (v *view) knownWordAfter(s, e int) bool {
	if v.isOne(s, wThe) {
		s++
	}
	if s >= e || !v.toks[s].word || !v.toks[s].capital {
		return false
	}
	t := &v.toks[s]
	return t.inLexicon() || figures.VocabID(t.low) != 0
}
