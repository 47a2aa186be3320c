package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A partitive relative ("of whom", "of which") after a comma joins a part to
// the whole before it: "over 11.3 million people have been displaced, 3.1
// million of whom have sought safety abroad", "1.9 million people are
// displaced across Gaza, of whom over 1.3 million are crammed into Rafah",
// "$3.8 billion, of which $3.3 billion is Foreign Military Financing". The
// part may stand before the pronoun ("3.1 million of whom") or after it
// ("of whom 1.3 million"). A running total is the whole; a level takes the
// part its own words name, and the whole is a wider count; a whole told by
// a part a metric's parts words name is that metric's figure (wholehits.go).

// relativePart returns the amount that a partitive relative after a comma
// takes as a part of figure fi, or -1: fi is the nearest amount of its kind
// before the comma, in the same clause, and the part follows "of whom" or
// stands right before it.
func relativePart(d *figures.Document, s *figures.Sentence, fi int) int {
	_, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t := fe; t+2 < s.TokEnd; t++ {
		switch word(t) {
		case ";", ":", "—", "–", "(", ")", "?":
			return -1
		}
		if g := figureIn(d, s, t); g >= 0 && g != fi && d.Figures[g].Kind.IsAmount() {
			return -1 // another amount of the clause comes first
		}
		if word(t) != "," {
			continue
		}
		if partitivePronoun(word(t+1), word(t+2)) {
			// ", of whom 1.3 million": the part right after the pronoun,
			// perhaps past a word of degree ("of whom over 1.3 million").
			if g := figureIn(d, s, t+3); g >= 0 && d.Figures[g].Kind == d.Figures[fi].Kind {
				return g
			}
			return -1
		}
		if g := figureIn(d, s, t+1); g >= 0 && g != fi && d.Figures[g].Kind == d.Figures[fi].Kind {
			// ", 3.1 million of whom": the part before the pronoun.
			if _, ge := d.FigureTokens(g); partitivePronoun(word(ge), word(ge+1)) {
				return g
			}
			return -1
		}
	}
	return -1
}

// partitivePronoun reports whether words w and next are "of" and a
// relative pronoun: "of whom", "of which".
func partitivePronoun(w, next string) bool {
	return w == "of" && (next == "whom" || next == "which")
}

// relativeWhole returns the whole that a partitive relative takes figure fi
// as a part of (relativePart), or -1.
func relativeWhole(d *figures.Document, s *figures.Sentence, fi int) int {
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind.IsAmount() && relativePart(d, s, fj) == fi {
			return fj
		}
	}
	return -1
}

// ofWhichMark returns the last token of the whole that a partitive
// relative's part, named by parts hit h later in its clause, is taken of,
// or -1: "The annual package — $3.8 billion, of which $3.3 billion is
// Foreign Military Financing —". The whole's own token is the mark, as in
// ofWholeMark.
func ofWhichMark(d *figures.Document, s *figures.Sentence, h hit) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		g := relativePart(d, s, fi)
		if g < 0 {
			continue
		}
		_, ge := d.FigureTokens(g)
		if ge > h.start {
			continue
		}
		for k := ge; k < h.start; k++ {
			switch d.TokenText(k) {
			case ",", ";", "—", "–", ":", "(", ")":
				return -1
			}
		}
		_, we := d.FigureTokens(fi)
		return we - 1
	}
	return -1
}

// relativeWholeElsewhere reports whether figure fi is the whole a
// partitive relative takes a part of, and the metric's place (a scope read
// in the sentence) stands only after the comma that opens the relative:
// "1.9 million people are displaced across Gaza, of whom over 1.3 million
// are now crammed into Rafah" counts Rafah's people in the part. A whole
// whose own clause names the place ("1.4 million people are in Rafah, of
// whom 600,000 are children") stays the place's.
func (m *metric) relativeWholeElsewhere(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	g := relativePart(d, s, fi)
	if g < 0 {
		return false
	}
	_, fe := d.FigureTokens(fi)
	gs, _ := d.FigureTokens(g)
	comma := gs - 1
	for comma > fe && d.TokenText(comma) != "," {
		comma--
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti > comma })
}
