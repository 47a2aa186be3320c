package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Data lines pair labels and figures by slashes: "Killed / injured in
// Gaza: 31,184 / 72,889", "Wounded / killed since October: 61,000 /
// 26,000". The labels before the colon and the figures after it go in the
// same order, so each figure's label is the one in its own place, not the
// last before the colon (which the colon's reading would give every
// figure) nor all of them.

// slashPairLabel returns the token span [start, end) of figure fi's label
// when fi is one of a run of two or more figures parted by single slashes
// right after a colon, and the words between the colon and the separator
// before it (a colon, semicolon, dash, bar or the sentence's start) are as
// many labels parted by slashes, none holding an amount. ok is false when
// the figure is no such pair's.
func slashPairLabel(d *figures.Document, s *figures.Sentence, fi int) (start, end int, ok bool) {
	first, last := fi, fi
	for first > s.FigStart && slashJoined(d, first-1, first) {
		first--
	}
	for last+1 < s.FigEnd && slashJoined(d, last, last+1) {
		last++
	}
	n := last - first + 1
	if n < 2 {
		return -1, -1, false
	}
	fs, _ := d.FigureTokens(first)
	colon := fs - 1
	if colon <= s.TokStart || d.TokenText(colon) != ":" {
		return -1, -1, false
	}
	// Read the labels back from the colon, the last first.
	var bounds []int // each label's end, then the first's start
	bounds = append(bounds, colon)
	depth := 0
	k := colon - 1
scan:
	for ; k >= s.TokStart; k-- {
		switch t := d.TokenText(k); {
		case t == ")":
			depth++
		case t == "(":
			depth--
		case labelBreak(t):
			if depth <= 0 {
				break scan
			}
		case t == "/":
			if depth <= 0 {
				bounds = append(bounds, k)
			}
		default:
			if g := figureAt(d, k); g >= 0 && d.Figures[g].Kind.IsAmount() {
				return -1, -1, false
			}
		}
	}
	bounds = append(bounds, k)
	if len(bounds)-1 != n {
		return -1, -1, false
	}
	// Label i (from the first) runs from bounds[n-i]+1 to bounds[n-i-1].
	i := fi - first
	start, end = bounds[n-i]+1, bounds[n-i-1]
	if start >= end {
		return -1, -1, false
	}
	return start, end, true
}

// slashJoined reports whether figures a and b stand with a single slash
// between them: "31,184 / 72,889".
func slashJoined(d *figures.Document, a, b int) bool {
	_, ae := d.FigureTokens(a)
	bs, _ := d.FigureTokens(b)
	return bs == ae+1 && d.TokenText(ae) == "/"
}
