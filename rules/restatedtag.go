package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker ends a sentence by saying its figure again, bare, after a
// comma: "The UN says roughly nine million people have been forced out of
// their homes in Sudan, nine million.", "about 1.4 million in Rafah now,
// 1.4 million people!". The tag stands nearer the end's keyword, but the
// bound ("roughly") was given with the first saying, and the two are one
// figure, as repeatedFigure reads a repetition right after a comma.

// restatedAtEnd returns the figure that figure fi, a bare tag closing
// sentence s after a comma, says again: the last figure before it in s
// with the same value, kind and unit and a qualifier fi lacks. Else fi.
// The tag is the figure, perhaps one word of what it counts, then only
// the sentence's closing marks.
func restatedAtEnd(d *figures.Document, s *figures.Sentence, fi int) int {
	if fi <= s.FigStart {
		return fi
	}
	f := &d.Figures[fi]
	if f.Qualifier != figures.Exact {
		return fi
	}
	fs, fe := d.FigureTokens(fi)
	if fs == 0 || d.TokenText(fs-1) != "," {
		return fi
	}
	k := fe
	if k < s.TokEnd && d.Tokens[k].IsWord() {
		k++ // "nine million people."
	}
	for ; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ".", "!", "?", "…", "\"", "”", "'", "’":
		default:
			return fi
		}
	}
	for g := fi - 1; g >= s.FigStart; g-- {
		h := &d.Figures[g]
		if h.Kind == f.Kind && h.Value == f.Value && h.Unit == f.Unit {
			if h.Qualifier == figures.Exact || h.Qualifier == figures.Vague || h.Qualifier == figures.Range {
				return fi
			}
			return g
		}
	}
	return fi
}
