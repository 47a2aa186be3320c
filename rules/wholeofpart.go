package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A figure that is the whole a part is taken of, not the part the
// sentence counts: the whole after "N of" ("four of Hamas's 24
// battalions": wholeOfPart, partTaker) or before ", N of them" ("six
// intact battalions, four of them in Rafah": wholeBeforePart), and how far
// the part stands from the whole's noun. A metric that is no running total
// takes the part, not the whole (split from parts.go).

// wholeOfPart reports whether figure fi of sentence s is the whole that an
// amount just before it takes a part of: "four of Hamas's 24 battalions",
// "two of the 12 crossings". The sentence counts the part; a metric that
// is no running total takes the part, not the whole.
func wholeOfPart(d *figures.Document, s *figures.Sentence, fi int) bool {
	return partTaker(d, s, fi) >= 0
}

// partTaker returns the figure of sentence s that takes a part of figure fi
// ("four" of "four of Hamas's 24 battalions"), or -1.
func partTaker(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, _ := d.FigureTokens(fi)
	k := fs - 1
	if k-1 > s.TokStart && wholeAdjective(d, k) {
		k-- // a word that dates or sizes the whole: "Hamas's original 24"
	}
	k = partitiveOf(d, s, k)
	if k-2 > s.TokStart && d.LowerTokenText(k) == "of" && populationNoun(d.LowerTokenText(k-1)) && figureJustBefore(d, s, k) < 0 && populationWhole(d, s, fi) {
		// The whole as a population's value: "34,000 of Gaza's
		// population of 2.3 million" (frontedcrowd.go).
		k = partitiveOf(d, s, k-2)
	}
	if k <= s.TokStart || d.LowerTokenText(k) != "of" {
		return -1
	}
	g := figureJustBefore(d, s, k)
	if g >= 0 && g != fi && d.Figures[g].Kind == d.Figures[fi].Kind && !oneMember(&d.Figures[g]) {
		return g
	}
	return -1
}

// partitiveOf returns the token of the "of" a partitive's whole may open
// with before token k: k itself, or past an owner ("Hamas's") or a
// determiner ("the", "its", "their") ending at k.
func partitiveOf(d *figures.Document, s *figures.Sentence, k int) int {
	if k >= 1 && d.TokenText(k) == "s" && d.Tokens[k-1].IsSymbol() && isApostrophe(d.TokenText(k-1)) {
		k -= 3 // an owner: "Hamas's"
	}
	if k >= 0 {
		switch d.LowerTokenText(k) {
		case "the", "its", "their":
			k--
		}
	}
	return k
}

// partNounGap returns how far keyword hit h, after figure fi, stands from
// fi when fi takes a part of a whole right after it ("two of the
// militia's first 20 battalions"): the part counts the whole's noun, as near as
// that noun follows the whole, one word further. Else a distance past
// any window.
func partNounGap(d *figures.Document, s *figures.Sentence, fi int, h hit) int {
	if fi+1 >= s.FigEnd || partTaker(d, s, fi+1) != fi {
		return far
	}
	ws, we := d.FigureTokens(fi + 1)
	if h.start < we {
		return far
	}
	return wordGap(d, ws, we, h.start, h.end) + 1
}

// oneMember reports whether figure f is the word "one" of "one of the 1.4
// million ...": a single member of the whole (she, he, the town), not a
// part the sentence counts. The whole is the count.
func oneMember(f *figures.Figure) bool {
	return f.Value == 1 && strings.EqualFold(f.Text, "one")
}

// wholeBeforePart reports whether figure fi of sentence s is the whole
// that a part right after it, past its noun and a comma, takes of: "six
// intact battalions, four of them in Rafah", "120 trucks, 40 of which
// crossed". The sentence goes on to count the part; a metric that is no
// running total takes the part, as with wholeOfPart.
func wholeBeforePart(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	if !commaWithin(d, fe, min(fe+4, s.TokEnd-3)) {
		return false // the loop below answers only at a comma
	}
	for t := fe; t < fe+4 && t+3 < s.TokEnd; t++ {
		if d.TokenText(t) != "," {
			if !d.Tokens[t].IsWord() || linkWords[d.LowerTokenText(t)] {
				return false
			}
			continue
		}
		g := figureAt(d, t+1)
		if g < 0 || g == fi || d.Figures[g].Kind != d.Figures[fi].Kind {
			return false
		}
		// A part with no number ("several of them", "dozens of which")
		// counts nothing the sentence gives: the whole is its count.
		if d.Figures[g].Qualifier == figures.Vague && d.Figures[fi].Qualifier != figures.Vague {
			return false
		}
		_, ge := d.FigureTokens(g)
		return ofThem(d, ge)
	}
	return false
}

// commaWithin reports whether a comma stands at a token from k to before
// end.
func commaWithin(d *figures.Document, k, end int) bool {
	for ; k < end; k++ {
		if d.TokenText(k) == "," {
			return true
		}
	}
	return false
}

// ofThem reports whether "of" and a plural pronoun stand at token k, right
// after a figure: "four of them", "40 of which", "of whom". The figure is
// a part of a plural noun named before it, and counts that noun.
func ofThem(d *figures.Document, k int) bool {
	if k+1 >= len(d.Tokens) || !strings.EqualFold(d.TokenText(k), "of") {
		return false
	}
	switch d.LowerTokenText(k + 1) {
	case "them", "which", "those", "these", "whom":
		return true
	}
	return false
}
