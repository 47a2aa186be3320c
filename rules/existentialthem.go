package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// "There are N of them" gives the number of what "them" points back to:
// "the remaining battalions in Rafah, and there are four of them", "...
// while Hamas's last battalions survive. There are four of them, he says,
// dug in at Rafah." The existential "there are" counts the whole thing
// just named; ", four of them" after another figure would take a part of
// it, and is not read here. "Them" points to the last keyword of the
// metric before "there", in its sentence, or at the end of the sentence
// before in its paragraph when its own names none, unless a plural noun of
// something else or a figure stands between ("battalions guard the
// tunnels, and there are dozens of them" counts tunnels). The keyword is
// then said again on "them", one word from the figure, and the rest of
// the engine judges the figure as it would beside the keyword.

// existentialThemHits appends, for each metric whose keyword "them" in
// "there are N of them" points back to, a hit of that keyword on "them".
func (e *Engine) existentialThemHits(st *docState, si int, hits []hit) []hit {
	d := st.d
	s := &d.Sentences[si]
	// existentialThem reads only the words beside the sentence's amounts:
	// a search of the sentence's text for " of them" cost more than it.
	there, them := existentialThem(d, s)
	if them < 0 {
		return hits
	}
	var before []hit
	var bd *figures.Document
	beforeRead := false
	for mi := range e.metrics {
		if h, ok := lastKeywordBefore(hits, mi, s.TokStart, there); ok {
			if !pointsPast(d, h.end, there) {
				continue
			}
			hits = append(hits, hit{ref: h.ref, start: them, end: them + 1})
			continue
		}
		if keywordInSentence(hits, mi, s) {
			continue // a keyword after "them" names its own count
		}
		if !beforeRead {
			before, bd, _ = e.hitsBefore(st, si)
			beforeRead = true
		}
		if bd != d || si == 0 {
			continue // the article's headline is no noun "them" points to
		}
		prev := &d.Sentences[si-1]
		if h, ok := lastKeywordBefore(before, mi, prev.TokStart, prev.TokEnd); ok && pointsPast(d, h.end, prev.TokEnd) && pointsPast(d, s.TokStart, there) {
			hits = append(hits, hit{ref: h.ref, start: them, end: them + 1})
		}
	}
	return hits
}

// existentialThem returns the tokens of "there" and "them" in "there
// are N of them" (or "there were", "there remain") in sentence s, the
// figure an amount, or -1, -1.
func existentialThem(d *figures.Document, s *figures.Sentence) (there, them int) {
	for fi := s.FigStart; fi < s.FigEnd; fi++ {
		fs, fe := d.FigureTokens(fi)
		if fs-2 < s.TokStart || fe+1 >= s.TokEnd || !d.Figures[fi].Kind.IsAmount() {
			continue
		}
		if d.LowerTokenText(fe) != "of" || d.LowerTokenText(fe+1) != "them" {
			continue
		}
		switch d.LowerTokenText(fs - 1) {
		case "are", "were", "remain", "remained":
		default:
			continue
		}
		if d.LowerTokenText(fs-2) == "there" {
			return fs - 2, fe + 1
		}
	}
	return -1, -1
}

// lastKeywordBefore returns the last keyword hit of metric mi among hits
// that lies within tokens [from, to).
func lastKeywordBefore(hits []hit, mi, from, to int) (hit, bool) {
	var last hit
	ok := false
	for _, h := range hits {
		if int(h.ref.metric) != mi || h.ref.role != roleKeyword || h.start < from || h.end > to {
			continue
		}
		if !ok || h.start > last.start {
			last, ok = h, true
		}
	}
	return last, ok
}

// pointsPast reports whether "them" can point back past tokens [from, to):
// no figure and no plural noun of something else stand there.
func pointsPast(d *figures.Document, from, to int) bool {
	for k := from; k < to; k++ {
		if figureAt(d, k) >= 0 {
			return false
		}
		if d.Tokens[k].IsWord() && pluralLike(d.TokenText(k)) {
			return false
		}
	}
	return true
}

// pluralLike reports whether w looks like a plural common noun: lower
// case, a plural form (pluralForm: a final "s", not "-ss", "-us" or "-is",
// so not "crisis"), and not one of the short words that end so ("was",
// "has", "its", "says").
func pluralLike(w string) bool {
	if len(w) < 4 || !opensLower(w) || !pluralForm(w) {
		return false
	}
	switch w {
	case "does", "says", "goes", "gets":
		return false
	}
	return true
}
