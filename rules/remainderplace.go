package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// What is left of a whole: "the last three in Rafah", "the remaining four,
// in Rafah", "the other four are down in Rafah" (remainder_place.yaml).
// The remainder counts the place that holds it; the whole and the part
// already beaten the sentence named before it count no place of their
// own, and a remainder another place holds ("the remaining three, in Khan
// Younis, will come before any move on Rafah") is that place's.

// remainderWords is how many tokens after a remainder's figure its place
// may stand: the count noun, a comma, a verb and an adverb ("the other
// four are down in Rafah").
const remainderWords = 5

// remainderPlace returns the first token of the place that holds figure
// fi of sentence s when fi is a remainder ("the last/remaining/other N"),
// or -1. The place is the first capitalised word after a preposition of
// place within remainderWords tokens, before the clause's end or another
// figure.
func remainderPlace(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if fs < s.TokStart+2 {
		return -1
	}
	switch d.LowerTokenText(fs - 1) {
	case "last", "remaining", "other", "final":
	default:
		return -1
	}
	switch d.LowerTokenText(fs - 2) {
	case "the", "its", "their":
	default:
		return -1
	}
	for t := fe; t+1 < s.TokEnd && t < fe+remainderWords; t++ {
		if figureAt(d, t) >= 0 {
			return -1
		}
		switch d.TokenText(t) {
		case ";", ":", ".", "—", "–":
			return -1
		}
		switch d.LowerTokenText(t) {
		case "in", "at", "around", "inside", "near":
			if capitalised(d, t+1) {
				return t + 1
			}
			return -1
		}
	}
	return -1
}

// remainderElsewhere reports whether figure fi is a remainder that
// another place than the metric's holds ("the remaining three, in Khan
// Younis"), or a figure before a remainder that names its place, where
// none of the metric's places stands before the remainder: the whole or
// the part already beaten ("Of the group's 23 battalions the army claims
// to have broken 17; the last three in Rafah"), which no place holds. A
// place named before ("Rafah holds four battalions; the other two, at Khan
// Younis, ...") keeps its own count.
func (m *metric) remainderElsewhere(st *docState, s *figures.Sentence, fi int) bool {
	if !m.scopedInSentence() {
		return false
	}
	d := st.d
	var buf [64]byte
	if p := remainderPlace(d, s, fi); p >= 0 {
		return !m.scopeAt(st, s, p, lowerInto(&buf, d.TokenText(p)))
	}
	kind := d.Figures[fi].Kind
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		if d.Figures[fj].Kind != kind || remainderPlace(d, s, fj) < 0 {
			continue
		}
		gs, _ := d.FigureTokens(fj)
		for ti := s.TokStart; ti < gs; ti++ {
			if d.Tokens[ti].IsWord() && m.scopeAt(st, s, ti, lowerInto(&buf, d.TokenText(ti))) {
				return false
			}
		}
		return true
	}
	return false
}
