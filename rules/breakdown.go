package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A whole is often followed by its parts between dashes or in brackets:
// "just over 12 million people — 8.8 million inside the country and 3.2
// million abroad — have been displaced", "50,132 (44,218 in Turkey and
// 5,914 in Syria)". The aside breaks the figure before it down; for a
// running total the whole is the count and the aside's figures are parts.

// breakdownPart reports whether figure fi of sentence s stands in such an
// aside: it opens with a dash or a bracket at most two words after an
// earlier amount ("12 million people —"), closes with a dash or a
// bracket, holds at least two amounts and no colon, bar or semicolon (the
// marks of a list's items), and fi stands in it.
func breakdownPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	open := -1
	for k := fs - 1; k > s.TokStart; k-- {
		w := d.TokenText(k)
		if asideMark(w) || w == ")" {
			if w != ")" {
				open = k
			}
			break
		}
	}
	if open < 0 {
		return false
	}
	// The figure the aside hangs on, and at most two words between.
	fj, words := -1, 0
	for k := open - 1; k >= s.TokStart; k-- {
		if fj = figureAt(d, k); fj >= 0 || !d.Tokens[k].IsWord() || words == 2 {
			break
		}
		words++
	}
	if fj < 0 || fj >= fi || !d.Figures[fj].Kind.IsAmount() {
		return false
	}
	amounts := 0
	for k := open + 1; k < s.TokEnd; k++ {
		switch w := d.TokenText(k); {
		case asideMark(w) || w == ")":
			// The aside closes: a dash that opens a list's items ("Key
			// figures, day 200 — killed in Gaza: 34,262 | wounded: ...")
			// runs to the end and breaks nothing down.
			return amounts >= 2
		case w == ":" || w == "|" || w == ";":
			return false
		}
		if fk := figureAt(d, k); fk >= 0 && d.Figures[fk].Kind.IsAmount() {
			if _, fe := d.FigureTokens(fk); fe > k+1 {
				k = fe - 1
			}
			amounts++
		}
	}
	return false
}

// asideMark reports whether w opens (or closes) an aside: a dash or an
// opening bracket.
func asideMark(w string) bool {
	switch w {
	case "—", "–", "--", "(":
		return true
	}
	return false
}

// breakdownWords counts the words of a breakdown aside that stands between
// figure fi of sentence s and keyword hit h after it ("just over 12 million
// people — 8.8 million inside the country and 3.2 million abroad — have
// been displaced"), the dashes or brackets and what they hold: the parts
// say what the whole is made of, not how far it stands from its keyword.
func breakdownWords(d *figures.Document, s *figures.Sentence, fi int, h hit) int {
	_, fe := d.FigureTokens(fi)
	if h.start < fe {
		return 0
	}
	open := -1
	for k := fe; k < h.start && k < fe+3; k++ {
		if asideMark(d.TokenText(k)) {
			open = k
			break
		}
		if !d.Tokens[k].IsWord() {
			return 0
		}
	}
	if open < 0 {
		return 0
	}
	part := -1 // the aside's first figure
	for k := open + 1; k < h.start; k++ {
		if part < 0 {
			part = figureAt(d, k)
		}
		if w := d.TokenText(k); asideMark(w) || w == ")" {
			if part < 0 || !breakdownPart(d, s, part) {
				return 0
			}
			return d.WordPos(k+1) - d.WordPos(open)
		}
	}
	return 0
}
