package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A dash aside that holds a figure of its own is a clause of its own: "The
// combined toll of roughly 56,000 — Turkey's share alone exceeds 50,000 —
// puts the disaster among the deadliest". An exclude_near word in it
// ("Turkey's", "alone") rules out the aside's figure, a part, and not the
// figure outside it, the whole the aside breaks down, as a part's clause
// after a comma does (partafter.go).

// asideOfOtherFigure reports whether hit h stands inside an aside between
// dashes (or from a dash to the sentence's end) that holds a count of its
// own, while the figure at tokens [fs, fe) stands outside it. A line of
// labelled items parted by dashes ("dead (Libya) – 11,300 / missing –
// 10,100") holds no asides: an aside holds words, commas and its figure.
func asideOfOtherFigure(d *figures.Document, s *figures.Sentence, h hit, fs, fe int) bool {
	open := -1
	for k := h.start - 1; k >= s.TokStart; k-- {
		if isDash(d.TokenText(k)) {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	close := s.TokEnd
	for k := h.end; k < s.TokEnd; k++ {
		if isDash(d.TokenText(k)) {
			close = k
			break
		}
	}
	if fe > open && fs < close {
		return false // the figure is the aside's own
	}
	count := false
	for k := open + 1; k < close; k++ {
		if countAt(d, k) {
			count = true
			continue
		}
		if d.Tokens[k].IsSymbol() {
			switch d.TokenText(k) {
			case ",", "'", "’":
			default:
				return false // an item's separator or a bracket: a list, not an aside
			}
		}
	}
	return count
}
