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

// A comma aside right after a sentence's opening subject that holds a
// count of its own is said of that count too: "The city, home to about
// 275,000 people before the war, now holds some 1.4 million". An
// exclude_near word in it rules out the aside's figure, not the one the
// predicate gives the subject.

// maxAsideSubject is how many words a subject before its comma aside may
// hold: "Rafah", "The city", "The southern border town".
const maxAsideSubject = 4

// subjectAsideOfOtherFigure reports whether hit h stands inside a comma
// aside that follows the sentence's opening subject (at most
// maxAsideSubject words, after a stamp or dateline) and holds a count of
// its own, while the figure at token fs comes after the aside closes.
func subjectAsideOfOtherFigure(d *figures.Document, s *figures.Sentence, h hit, fs int) bool {
	open := afterStamp(d, s)
	for n := 0; open < h.start && d.TokenText(open) != ","; open++ {
		if n++; n > maxAsideSubject || !d.Tokens[open].IsWord() {
			return false
		}
	}
	if open >= h.start || open == afterStamp(d, s) {
		return false
	}
	count := false
	for k := open + 1; k < fs; k++ {
		switch {
		case k >= h.end && d.TokenText(k) == ",":
			return count // the aside closes before the figure
		case countAt(d, k):
			count = true
		case d.Tokens[k].IsSymbol() && d.TokenText(k) != "'" && d.TokenText(k) != "’":
			return false // a dash, a bracket or a colon: not a plain comma aside
		}
	}
	return false
}
