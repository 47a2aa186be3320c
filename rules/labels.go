package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// Lists of key figures ("Key figures — killed in Gaza: 28,340 / displaced
// in Rafah: more than 1.3m") give each figure a label before a colon. The
// label says what its figure counts, and only its own: a keyword in one
// label is no keyword of another label's figure, nor of a figure outside
// the list ("day 1,000").

// figureLabel returns the token span [start, end) of figure fi's label:
// the words between the separator before it (a colon, semicolon, slash,
// dash or bar, or the sentence's start) and the colon (or the dash, in a
// list whose items end with a semicolon) right before the figure, with a parenthesis read whole ("civilians killed (OHCHR,
// verified): 12,164"). It returns -1, -1 when the figure has no label.
func figureLabel(d *figures.Document, s *figures.Sentence, fi int) (int, int) {
	fs, fe := d.FigureTokens(fi)
	end := fs - 1
	if end <= s.TokStart {
		return -1, -1
	}
	if d.TokenText(end) == "/" || fe < s.TokEnd && d.TokenText(fe) == "/" {
		// "Killed / injured: 31,184 / 72,889" (slashpairs.go)
		if ls, le, ok := slashPairLabel(d, s, fi); ok {
			return ls, le
		}
	}
	fe = rateEnd(d, s, fe) // "FMF: $3.3bn a year | ..." (itemrate.go)
	dash := false
	switch d.TokenText(end) {
	case "|":
		// "Foreign Military Financing (yearly) | $3.3bn | MOU" (tablecell.go)
		if ls, le := tableCellLabel(d, s, fi); ls >= 0 {
			return ls, le
		}
		return bareLabel(d, s, fi)
	case ":":
	case "—", "–":
		// "sheltering in Rafah — about 1.4 million;": a dash labels a
		// figure that ends its item; one that goes on is an aside
		// ("The count — now upwards of 43,000 — is drawn from ...").
		if fe < s.TokEnd && !itemEnd(d.TokenText(fe)) {
			return -1, -1
		}
		dash = true
	default:
		return bareLabel(d, s, fi)
	}
	if fe < s.TokEnd && !listSeparator(d.TokenText(fe)) && d.TokenText(fe) != "." {
		return -1, -1 // the figure opens a statement: "Gaza: 31,000-plus killed"
	}
	depth := 0
	k := end - 1
	for ; k >= s.TokStart; k-- {
		switch t := d.TokenText(k); {
		case t == ")":
			depth++
		case t == "(":
			depth--
		case t == "/" || labelBreak(t):
			if depth <= 0 && (!dash || t != "—" && t != "–") {
				return k + 1, end
			}
			if depth <= 0 {
				return -1, -1 // a dash before a dash: an aside
			}
		}
	}
	if dash && !(fe < s.TokEnd && slashItem(d.TokenText(fe))) {
		// A list item labelled by a dash follows a list's opening, unless
		// a slash, bar or bullet goes on to the next item: "Civilians
		// killed – 10,582 / children killed – 587".
		return -1, -1
	}
	return s.TokStart, end
}

// inListOpening reports whether hit h stands in the opening of a list of
// labelled figures, before its first label: "Key figures, Kharkiv region:"
// says where and what all its items count. A live blog's stamp or a wire
// dateline before it (afterStamp) says when and where the copy was filed,
// and opens no list: "10:05 Kyiv time — UN mission, civilians killed since
// 24 Feb 2022: 12,340 | injured: 27,836".
// A hit after an amount stands in
// an item whose figure has no label of its own ("Key numbers — Rafah: 1.4m
// sheltering / Gaza toll: 28,473"), which says nothing of the others.
func inListOpening(d *figures.Document, s *figures.Sentence, h hit) bool {
	if h.start < afterStamp(d, s) {
		return false
	}
	first := -1
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if ls, _ := figureLabel(d, s, fi); ls >= 0 && (first < 0 || ls < first) {
			first = ls
		}
	}
	if first <= s.TokStart || h.end > first {
		return false
	}
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if fs, _ := d.FigureTokens(fi); fs < h.start && d.Figures[fi].Kind.IsAmount() {
			return false
		}
	}
	return true
}

// openingFrames reports whether hit h stands in a list's opening that a
// colon closes before the first label, with no figure after h:
// "FACT BOX — US aid to Israel: MOU 2019–2028: $38bn | Per year: $3.8bn"
// says what every item counts. A first item with no label of its own
// ("Key figures: Displaced by Sudan's war — 10.7m (IOM) | ...") is no
// opening.
func openingFrames(d *figures.Document, s *figures.Sentence, h hit) bool {
	first := -1
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if ls, _ := figureLabel(d, s, fi); ls >= 0 && (first < 0 || ls < first) {
			first = ls
		}
	}
	if first <= s.TokStart || h.end > first {
		return false
	}
	colon := false
	for k := h.end; k < first; k++ {
		if g := figureIn(d, s, k); g >= 0 && d.Figures[g].Kind.IsAmount() {
			return false // a year range ("MOU 2019–2028:") is no item
		}
		colon = colon || d.TokenText(k) == ":"
	}
	return colon
}

// wholeLabel reports whether figure fi's label names the whole of a list:
// "total", "combined", "overall", "in all", "altogether", "all".
func wholeLabel(d *figures.Document, s *figures.Sentence, fi int) bool {
	ls, le := figureLabel(d, s, fi)
	if ls < 0 || le-ls > 3 {
		return false
	}
	for t := ls; t < le; t++ {
		switch d.LowerTokenText(t) {
		case "total", "combined", "overall", "altogether", "all":
			return true
		}
	}
	return false
}

// itemEnd reports whether t ends a list item whose label is a dash.
func itemEnd(t string) bool { return t == ";" || t == "." || slashItem(t) }

// slashItem reports whether t parts the items of a one-line list: a
// slash, a bar or a bullet.
func slashItem(t string) bool { return t == "/" || t == "|" || t == "•" || t == "·" }

func listSeparator(t string) bool {
	switch t {
	case ";", "—", "–":
		return true
	}
	return slashItem(t)
}

// labelled reports whether figure fi may use hit h by the labels of a
// sentence that hasLabels: a labelled figure only the hits inside its own label, any other
// figure no hit inside another figure's label.
func labelled(d *figures.Document, s *figures.Sentence, fi int, h hit) bool {
	if ls, le := figureLabel(d, s, fi); ls >= 0 {
		return ls <= h.start && h.end <= le
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		if fj == fi {
			continue
		}
		if ls, le := figureLabel(d, s, fj); ls >= 0 && ls <= h.start && h.end <= le {
			return false
		}
	}
	return true
}

// labelHolding returns the figure whose label holds hit h, or -1.
func labelHolding(d *figures.Document, s *figures.Sentence, h hit) int {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if ls, le := figureLabel(d, s, fi); ls >= 0 && ls <= h.start && h.end <= le {
			return fi
		}
	}
	return -1
}

// hasLabels reports whether the sentence is a list of labelled figures:
// two or more, each closed by a separator or the sentence's end, or one
// beside an item that gives a word for its value. A single
// "Topic: figure" is a headline's colon, not a list.
func hasLabels(d *figures.Document, s *figures.Sentence) bool {
	n := 0
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		if ls, _ := figureLabel(d, s, fi); ls >= 0 {
			n++
		}
	}
	return labelList(d, s, n)
}

// labelList reports whether sentence s, with n labelled figures, is a list
// of them (hasLabels).
func labelList(d *figures.Document, s *figures.Sentence, n int) bool {
	// One labelled figure beside an item whose value is a word ("Hostages
	// freed — pending") is a list too (wordvalueditem.go).
	return n >= 2 || n == 1 && hasWordValuedItem(d, s)
}

// placeLabelHits appends the hits of keyword phrases "in PLACE" that a
// headline's opening label names: "Rafah: 1.5m people, nowhere left to
// run" says "in Rafah" as "Gaza: 31,000-plus killed" says "in Gaza". The
// label is at most three words before a colon that opens the sentence (a
// live blog's stamp may come first), or before a dash with a figure right
// after it ("Rafah — one and a half million people, in a city built for a
// fraction of that": placeLabelDash); the hit covers the label's words.
func (e *Engine) placeLabelHits(st *docState, s *figures.Sentence, hits []hit) []hit {
	if len(e.inPlaces) == 0 {
		return hits
	}
	d := st.d
	start := afterStamp(d, s)
	colon := st.labelColon(s)
	if colon >= 0 && !labelWords(start, colon, func(k int) bool { return named(d, k) }) {
		colon = -1
	}
	if colon < 0 {
		colon = placeLabelDash(d, s, start)
	}
	if colon <= start {
		return hits
	}
	var buf [64]byte
	for _, ref := range e.inPlaces {
		ph := e.phraseOf(ref)
		if len(ph.keys) != 1+colon-start {
			continue
		}
		match := true
		for i, k := 1, start; k < colon; i, k = i+1, k+1 {
			w := lowerInto(&buf, d.TokenText(k))
			if string(w) != ph.words[i] && st.stems.of(w) != ph.keys[i] {
				match = false
				break
			}
		}
		if match {
			hits = append(hits, hit{ref: ref, start: start, end: colon})
		}
	}
	return hits
}

// placeLabelDash returns the dash that closes a place's name opening the
// sentence at token start, a figure of the sentence right after it
// ("Rafah — 1.4 million people", "Rafah – more than a million"), or -1:
// the dash labels the figure as a colon would. At most three capitalised
// words stand before it.
func placeLabelDash(d *figures.Document, s *figures.Sentence, start int) int {
	for k := start; k < s.TokEnd && k < start+4; k++ {
		if isDash(d.TokenText(k)) {
			if k > start && k+1 < s.TokEnd && figureAt(d, k+1) >= 0 {
				return k
			}
			return -1
		}
		if !d.Tokens[k].IsWord() || !named(d, k) {
			return -1
		}
	}
	return -1
}

// The colon that closes a headline's opening label stands at most three
// words from the sentence's opening (afterStamp), each of which the
// reader's test of a label's word accepts ("Rafah:", "Arms pipeline:").
// placeLabelHits and labelKeywordHits both ask, for every sentence, with
// tests of their own: the colon is found once per sentence (labelColon),
// and each reader then tests its words (labelWords).

// labelColon returns the colon that may close sentence s's opening label
// (openingColon), read once per sentence (sentenceMarks). Most sentences
// hold no colon at all, and their opening is not read for one.
func (st *docState) labelColon(s *figures.Sentence) int {
	m := st.marksOf(s)
	if !m.colonRead {
		m.colonRead, m.colon = true, -1
		if s.TokStart < s.TokEnd {
			d := st.d
			text := d.Text[d.Tokens[s.TokStart].Start:d.Tokens[s.TokEnd-1].End]
			if strings.IndexByte(text, ':') >= 0 {
				m.colon = int32(openingColon(d, s, afterStamp(d, s)))
			}
		}
	}
	return int(m.colon)
}

// openingColon returns the colon among the four tokens from token start
// that has only words before it, or -1.
func openingColon(d *figures.Document, s *figures.Sentence, start int) int {
	for k := start; k < s.TokEnd && k < start+4; k++ {
		if !d.Tokens[k].IsWord() {
			if d.TokenText(k) == ":" {
				return k
			}
			return -1
		}
	}
	return -1
}

// labelWords reports whether label accepts every word of tokens
// [start, colon): a label's words before its colon.
func labelWords(start, colon int, label func(k int) bool) bool {
	for k := start; k < colon; k++ {
		if !label(k) {
			return false
		}
	}
	return true
}

// labelBreak reports whether token t ends a label read back from the mark
// that labels a figure: the colon, semicolon, dash, bar or bullet before
// it parts the label from the item before. figureLabel and slashPairLabel
// read back to the same marks, so one list keeps them from drifting apart
// (a slash parts labels too, but each reads it in its own way).
func labelBreak(t string) bool {
	switch t {
	case ":", ";", "—", "–", "|", "•", "·":
		return true
	}
	return false
}
