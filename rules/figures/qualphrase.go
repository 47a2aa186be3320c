package figures

// matchPhrase matches one of the qualifier phrases (prefix, or suffix when
// suffix is set) at token i, longest first, and returns it with the token
// after it, or nil.
func (p *parser) matchPhrase(i int, suffix bool) (*qualPhrase, int) {
	if i >= len(p.toks) {
		return nil, i
	}
	w := &vocabWords[p.toks[i].vid]
	phrases, screen := w.quals, &w.qualsNext
	if suffix {
		phrases, screen = w.sufQuals, &w.sufQualsNext
	}
	if !screen.mayStartAt(p.toks, i) {
		return nil, i
	}
	for n := range phrases {
		ph := &phrases[n]
		if i+len(ph.ids) > len(p.toks) {
			continue
		}
		// A word's phrases start with the word: its first id matches.
		ok := true
		for k := 1; k < len(ph.ids); k++ {
			if t := &p.toks[i+k]; t.vid != ph.ids[k] || t.Break {
				ok = false
				break
			}
		}
		if ok && (!ph.verbBase || p.verbContext(i)) && !(ph.gerund && p.gerundIsNoun(i)) &&
			!(ph.timeSense && p.spanOrClock(i)) && !(ph.final && !p.finalEnd(i+len(ph.ids)) && !p.ofComplementEnd(i, i+len(ph.ids))) {
			return ph, i + len(ph.ids)
		}
	}
	return nil, i
}

// A phraseScreen tells, from the token after a word, that none of the
// word's phrases can match there: the commonest words of a text start
// phrases ("the" of "the best part of"), and the token after them is
// nearly always another one's start.
type phraseScreen struct {
	single bool // a phrase is the word alone
	// next has a bit for each second word's id, modulo 256: with 64,
	// more of a text's common words passed for a second word, and
	// matchPhrase walked the word's phrases for nothing (speed19l: a fifth
	// of its instructions).
	next [4]uint64
}

func (s *phraseScreen) add(ids []uint16) {
	if len(ids) == 1 {
		s.single = true
		return
	}
	s.next[ids[1]/64%4] |= 1 << (ids[1] % 64)
}

func (s *phraseScreen) mayFollow(id uint16) bool { return s.next[id/64%4]&(1<<(id%64)) != 0 }

// mayStartAt reports whether one of the phrases screened can start at
// token i of toks: a phrase is one word, or its second word may follow on
// the same line.
func (s *phraseScreen) mayStartAt(toks []Token, i int) bool {
	return s.single || i+1 < len(toks) && !toks[i+1].Break && s.mayFollow(toks[i+1].vid)
}

// finalEnd reports whether a final suffix qualifier ("and change") ending
// before token k ends the figure's clause: at a clause end, or before a
// word of the time the count stands at that ends it ("thirty-four thousand
// and change now, according to ...", "and change today.", "and change so
// far."), or before "as of", which dates the count ("and change as of this
// morning").
func (p *parser) finalEnd(k int) bool {
	if p.clauseEnd(k) {
		return true
	}
	if !p.isWord(k) || p.toks[k].Break {
		return false
	}
	if p.lowerIs(k, "as") && p.lowerIs(k+1, "of") && !p.toks[k+1].Break {
		return true // "forty-six thousand and change as of this morning" (and_change_as_of)
	}
	if p.lowerIs(k, "so") && p.lowerIs(k+1, "far") && p.clauseEnd(k+2) {
		return true // "and change so far."
	}
	if p.lowerIsAny(k, pluralAuxiliaries) {
		// "twelve million and change have now been driven out": a plural
		// verb agrees with the figure, not with the singular "change" or
		// "bit", so the figure is its subject and the suffix closes the
		// subject's phrase ("and change was slow" may open a clause).
		return true
	}
	return p.lowerIsAny(k, finalTimeWords) && p.clauseEnd(k+1)
}

// pluralAuxiliaries are the finite plural forms of "have" and "be", which
// after a final suffix agree only with the figure before it.
var pluralAuxiliaries = []string{"have", "are", "were"}

// ofComplementEnd reports whether a final suffix qualifier from token i to
// token k follows a figure a noun's "of" takes ("a count of 2,400 and
// change"), with a phrase of place after it ("in two countries", "across
// three provinces": placePrepositions): the figure is the noun's complement, so the "and"
// opens no clause of its own, as it may after a verb ("killed 6,000 and
// change to the rules came late").
func (p *parser) ofComplementEnd(i, k int) bool {
	j := i - 1
	for j >= 0 && (p.isNum(j) || p.wordNumberAt(j) || p.isSym(j, ",-")) {
		j--
	}
	if j == i-1 || !p.lowerIs(j, "of") {
		return false
	}
	return p.lowerIsAny(k, placePrepositions) // countedphrase.go
}

// finalTimeWords may stand between a final suffix and its clause's end.
var finalTimeWords = []string{"now", "today", "tonight", "already"}
