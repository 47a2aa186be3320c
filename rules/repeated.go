package rules

import (
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
