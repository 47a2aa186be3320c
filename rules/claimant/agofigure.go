package claimant

import "strings"

// "OCHA put out its weekly update a few minutes ago.", "UNRWA posted its
// figures a couple of hours ago": a span of time before "ago" says when
// the figures came out; it is no figure of the sentence's own, so the
// sentence still announces figures without giving one (announcesfigures.go
// announces), as it does with "20 minutes ago" or "this morning".

// agoFigure reports whether the figure starting at token k counts units
// of time ("a few minutes", "a couple of hours", "several days") and
// "ago" closes it.
func (v *view) agoFigure(k int) bool {
	m := k
	for m < len(v.toks) && m <= k+4 && (v.toks[m].fig || v.is(m, wOf)) {
		m++
	}
	if m+1 >= len(v.toks) || v.toks[m+1].low != "ago" {
		return false
	}
	w := strings.TrimSuffix(v.toks[m].low, "s")
	return w == "second" || w == "minute" || w == "hour" || w == "day" || w == "week" || w == "month" || w == "year"
}
