package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// longAgo returns the token of an "ago" that dates figure fi of sentence s
// long before any count a metric tracks, or -1: "A generation ago, Israel
// traded more than a thousand prisoners for one soldier", "freed 1,027
// prisoners thirteen years ago". The span is one no running count of
// today reaches back to: a decade or more, a generation, a century (a
// few years ago may still be the metric's own war). The "ago" opens the
// figure's clause before a comma, or follows the figure in its clause.
func longAgo(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	start, end := s.TokStart, s.TokEnd
	for k := fs - 1; k > s.TokStart; k-- {
		if d.TokenText(k) == ";" {
			start = k + 1
			break
		}
	}
	for k := fe; k < s.TokEnd; k++ {
		if d.TokenText(k) == ";" {
			end = k
			break
		}
	}
	// Fronted: "A generation ago, ...", "Two decades ago, ...". A
	// contrasting clause that opens the sentence ("Whereas the war two
	// decades ago displaced 2.5 million, the current one has uprooted 14
	// million") is dated on its own: its "ago" dates nothing past its
	// comma.
	if start == s.TokStart {
		start = afterSpeakerLabel(d, s)
	}
	if contrastFronted(d, s, start, fs) {
		start = fs
	}
	for k := start; k < fs && k < start+8; k++ {
		if d.TokenText(k) == "," {
			break
		}
		if longSpanAgo(d, k) {
			return k
		}
	}
	// After the figure, in its clause: "... for one soldier 13 years ago".
	for k := fe; k < end; k++ {
		if w := d.TokenText(k); w == "," || w == ";" || w == ":" {
			break
		}
		if longSpanAgo(d, k) {
			return k
		}
	}
	return -1
}

// longSpanAgo reports whether token k is an "ago" after a span of a
// decade or more: "a decade ago", "two decades ago", "a generation ago",
// "13 years ago", "half a century ago".
func longSpanAgo(d *figures.Document, k int) bool {
	if k < 1 || d.LowerTokenText(k) != "ago" {
		return false
	}
	switch d.LowerTokenText(k - 1) {
	case "decade", "decades", "generation", "generations", "century", "centuries", "quarter-century":
		return true
	case "years":
		fj := figureAt(d, k-2)
		return k >= 2 && fj >= 0 && d.Figures[fj].Value >= 10
	}
	return false
}

// contrastFronted reports whether the clause from token start opens with
// "Whereas", "While" or "Whilst" and ends at a comma before token fs: a
// clause set against the main clause, which fs stands in.
func contrastFronted(d *figures.Document, s *figures.Sentence, start, fs int) bool {
	switch d.LowerTokenText(start) {
	case "whereas", "while", "whilst":
	default:
		return false
	}
	for k := start + 1; k < fs; k++ {
		if d.TokenText(k) == "," && !inFigure(d, k) {
			return true
		}
	}
	return false
}
