package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A total's parts may follow it in the same long sentence, each with its
// own words and its own place: "The number killed in the earthquakes in
// Turkey and Syria has passed 45,000, with about 39,700 confirmed dead in
// Turkey", "the confirmed death toll across Turkey and Syria stands at
// 24,617 (Turkey: 20,937; Syria: 3,680)". The part's keyword and its
// label are the part's: they neither name the total nor place it in one
// country.

// partsKeyword reports whether keyword hit h, after the figure ending at
// token fe, stands in the clause of a part that details it: an amount
// between them opens a part ("with", "including", "among them", a
// breakdown: includedPart) and no punctuation parts it from h.
func partsKeyword(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	if h.start < fe {
		return false
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		js, je := d.FigureTokens(fj)
		if js < fe || je > h.start || !d.Figures[fj].Kind.IsAmount() || !includedPart(d, s, fj) {
			continue
		}
		apart := false
		for k := je; k < h.start; k++ {
			apart = apart || stretchMark(d, k)
		}
		if !apart {
			return true
		}
	}
	return false
}

// labelsPart reports whether hit h is the label of a part in a list
// after the figure ending at token fe, a colon between ("(Turkey: 20,937;
// Syria: 3,680)"): it names that part, not the figure before.
func labelsPart(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	if h.start < fe || h.end+1 >= s.TokEnd || d.TokenText(h.end) != ":" {
		return false
	}
	fj := figureIn(d, s, h.end+1)
	return fj >= 0 && d.Figures[fj].Kind.IsAmount()
}
