package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A figure that replaces a withdrawn one stands where that one stood: in
// "The combined death toll in Turkey and Syria from the quakes is now
// forty-four thousand, no, forty-five thousand" the keyword names the
// second figure as near as the first, which the correction takes back
// (corrected.go). The words of the withdrawn figure and of the correction
// do not part the claim from its keyword.

// replacedFigure returns the figure of sentence s that figure fi replaces
// by a spoken correction (the one right before it, withdrawn), or -1.
func replacedFigure(d *figures.Document, s *figures.Sentence, fi int) int {
	if fi <= s.FigStart || !corrected(d, s, fi-1) {
		return -1
	}
	return fi - 1
}
