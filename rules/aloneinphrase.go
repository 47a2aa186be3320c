package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A place marked "alone" after the figure is a part however the phrase
// after "in" describes it, as a fronted one is (frontedAlone,
// compassAlone): the place may be owned ("in the northern Gaza Strip's
// Jabalia camp alone"), a region named by its point of the compass ("in
// Syria's rebel-held north-west alone"), or an inner place of the
// metric's own whose name holds a scope word ("in Gaza City alone",
// names/within.yaml). The metric's own place ("in Gaza alone") is the
// whole said so, and an "alone" with no "in" phrase before it ("many of
// them dying alone") names no place.

// placePhraseIn returns the token of the "in" (or "at", "within",
// "inside") that opens the phrase ending at "alone", token k: words,
// hyphens and apostrophes only back to it, at most frontedAloneWords
// words, not before token from; or -1.
func placePhraseIn(d *figures.Document, from, k int) int {
	words := 0
	for t := k - 1; t >= from && words <= frontedAloneWords; t-- {
		w := d.LowerTokenText(t)
		if !d.Tokens[t].IsWord() {
			if w != "-" && !isApostrophe(w) {
				return -1
			}
			continue
		}
		switch w {
		case "in", "at", "within", "inside":
			if t == k-1 {
				return -1
			}
			return t
		}
		if figureAt(d, t) >= 0 {
			return -1
		}
		words++
	}
	return -1
}

// regionAloneAfterIn returns the "in" of a phrase at "alone", token k,
// that names a part of the metric's place by its point of the compass or
// an inner place of its own, or -1.
func (m *metric) regionAloneAfterIn(st *docState, s *figures.Sentence, from, k int) int {
	d := st.d
	p := placePhraseIn(d, from, k)
	if p < 0 {
		return -1
	}
	if skipCompass(d, k-1, p+1) != k-1 {
		return p // "in Syria's rebel-held north-west alone" (compassalone.go)
	}
	if m.innerPlaceIn(d, s, p+1, k) && !m.scopeEndsAt(st, s, p+1, k) {
		return p // "in Gaza City alone" (within.go)
	}
	return -1
}

// scopeEndsAt reports whether a scope phrase of the metric starting among
// tokens from..end ends at token end: the phrase names the metric's own
// place ("in Rafah alone", "in the Gaza Strip alone"), however the inner
// places of a wider one list it.
func (m *metric) scopeEndsAt(st *docState, s *figures.Sentence, from, end int) bool {
	var buf [64]byte
	for t := from; t < end; t++ {
		if e, ok := m.scopeEndAt(st, s, t, lowerInto(&buf, st.d.TokenText(t))); ok && e == end {
			return true
		}
	}
	return false
}
