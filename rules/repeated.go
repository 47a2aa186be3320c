package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// repeatedFigure returns the figure a speaker said first when figure fi
// says it again right after it: "More than a hundred, a hundred separate
// weapons sales", "heading toward nine million now, nine million people
// pushed out of their homes". The keyword stands by the repetition, but
// the bound ("more than", "toward") was given with the first saying, and
// the two are one figure. A figure of the same value and kind ends at most
// one word (and a comma) before fi, with a qualifier fi lacks; else fi.
func repeatedFigure(d *figures.Document, s *figures.Sentence, fi int) int {
	if fi == 0 {
		return fi
	}
	if g := restatedAfterDash(d, s, fi); g != fi {
		return g // "passed thirty thousand — that's thirty thousand" (dashrestated.go)
	}
	if g := restatedAtEnd(d, s, fi); g != fi {
		return g // "roughly nine million ... in Sudan, nine million." (restatedtag.go)
	}
	f, g := &d.Figures[fi], &d.Figures[fi-1]
	if f.Qualifier != figures.Exact || g.Qualifier == figures.Exact || g.Qualifier == figures.Vague ||
		g.Kind != f.Kind || g.Value != f.Value || g.Unit != f.Unit || g.Start < s.Start {
		return fi
	}
	fs, _ := d.FigureTokens(fi)
	_, ge := d.FigureTokens(fi - 1)
	if fs-ge < 1 || fs-ge > 2 || d.TokenText(fs-1) != "," {
		return fi
	}
	if fs-ge == 2 && !d.Tokens[ge].IsWord() {
		return fi
	}
	return fi - 1
}

// restatedByOr returns the figure that figure fi restates after ", or",
// or -1: "$38 billion over FY2019–FY2028, or $3.8 billion per year" gives
// the ten-year total again as a yearly sum. The figure before, of the same
// kind (years between are skipped), ends at most six tokens before the comma, with no other comma
// between; the keyword of that figure names the restatement too.
func restatedByOr(d *figures.Document, s *figures.Sentence, fi int) int {
	// Years between ("over FY2019–FY2028") are figures of another kind.
	g := fi - 1
	for g >= 0 && d.Figures[g].Start >= s.Start && d.Figures[g].Kind != d.Figures[fi].Kind {
		g--
	}
	if g < 0 || d.Figures[g].Start < s.Start {
		return -1
	}
	fs, _ := d.FigureTokens(fi)
	_, ge := d.FigureTokens(g)
	if fs-2 < ge || fs-2-ge > 6 || d.TokenText(fs-2) != "," || !strings.EqualFold(d.TokenText(fs-1), "or") {
		return -1
	}
	for k := ge; k < fs-2; k++ {
		if d.TokenText(k) == "," {
			return -1
		}
	}
	return g
}
