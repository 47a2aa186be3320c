package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure that replaces a withdrawn one stands where that one stood: in
// "The combined death toll in Turkey and Syria from the quakes is now
// forty-four thousand, no, forty-five thousand" the keyword names the
// second figure as near as the first, which the correction takes back
// (corrected.go). The words of the withdrawn figure and of the correction
// do not part the claim from its keyword. So in an outlet's correction:
// "Correction: an article on 12 March gave the Gaza death toll as 13,184;
// the figure reported by the health ministry that day was 31,184" names
// the right figure after the semicolon, however long the clause that
// gives it, as near the keyword as the wrong one it replaces
// (earlierversion.go).

// replacedFigure returns the figure of sentence s that figure fi replaces
// (the one right before it, withdrawn), or -1: by a spoken correction, or
// as the first amount after a semicolon that follows an earlier version's
// figure a correction withdraws.
func replacedFigure(d *figures.Document, s *figures.Sentence, fi int) int {
	if fi <= s.FigStart {
		return -1
	}
	if corrected(d, s, fi-1) || correctionReplaces(d, s, fi) {
		return fi - 1
	}
	return -1
}

// correctionReplaces reports whether figure fi is the first amount after a
// semicolon that follows figure fi-1, an earlier version's figure that a
// correction withdraws.
func correctionReplaces(d *figures.Document, s *figures.Sentence, fi int) bool {
	if !d.Figures[fi].Kind.IsAmount() || !d.Figures[fi-1].Kind.IsAmount() {
		return false
	}
	_, pe := d.FigureTokens(fi - 1)
	fs, _ := d.FigureTokens(fi)
	semicolon := false
	for k := pe; k < fs; k++ {
		switch d.TokenText(k) {
		case ";":
			if semicolon {
				return false
			}
			semicolon = true
		case ".", "?", "!":
			return false
		}
	}
	return semicolon && earlierVersion(d, s, fi-1)
}
