package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A wider count with the metric's place as its part: "Roughly 40,000
// people have been killed region-wide, including 34,000 in Gaza" gives
// Gaza 34,000. A part after "including", "among them" or ", with" that is
// placed in the metric's own place ("34,000 in Gaza") is the place's
// figure when every word of the place in the sentence stands in that
// part: the whole before it, which names none of the place, is a wider
// one's (a region's, a war's on several fronts), and is no running total
// of the place. An inner place after the scope word ("in Gaza City") or a
// point of the compass before it ("in northern Gaza") makes the part a
// part of the place, which stays one (place_part_of_wider_count.yaml;
// fa55 left it).

// placedPartOfWider reports whether figure fi of sentence s is a part
// placed in the metric's own place after an earlier whole that names none
// of it: "..., including 34,000 in Gaza", "..., among them 34,200 in
// Gaza", "..., with 34,100 in Gaza".
func (m *metric) placedPartOfWider(st *docState, s *figures.Sentence, fi int) bool {
	if len(m.scope) == 0 {
		return false
	}
	d := st.d
	fs, fe := d.FigureTokens(fi)
	open := partOpener(d, s, fs)
	if open < 0 || fe >= s.TokEnd || !placedPartAt(d, s, fs) || d.LowerTokenText(fe) != "in" {
		return false
	}
	whole := false
	for fj := s.FigStart; fj < fi; fj++ {
		if d.Figures[fj].Kind == d.Figures[fi].Kind {
			whole = true
		}
	}
	if !whole {
		return false
	}
	// The place right after "in" (perhaps "the"), ending there.
	t := fe + 1
	if t < s.TokEnd && d.LowerTokenText(t) == "the" {
		t++
	}
	if t >= s.TokEnd {
		return false
	}
	var buf [64]byte
	end, ok := m.scopeEndAt(st, s, t, lowerInto(&buf, d.TokenText(t)))
	if !ok || named(d, end) {
		return false // "in Gaza City": an inner place, whose count is a part of the place's
	}
	return m.scopeOnlyWhere(st, s, func(ti int) bool { return ti > open && ti < end })
}

// partOpener returns the token that opens a part right before the figure
// starting at token fs: "including", "among them" (its "among"), or a
// comma's "with"; -1 for none.
func partOpener(d *figures.Document, s *figures.Sentence, fs int) int {
	k := fs - 1
	if k <= s.TokStart {
		return -1
	}
	switch d.LowerTokenText(k) {
	case "including":
		return k
	case "them":
		if d.LowerTokenText(k-1) == "among" {
			return k - 1
		}
	case "with":
		if d.TokenText(k-1) == "," {
			return k
		}
	}
	return -1
}

// wholeOfPlacedPart reports whether figure fi of sentence s is the whole
// a later part placed in the metric's own place is taken from
// (placedPartOfWider): a wider count, not the place's.
func (m *metric) wholeOfPlacedPart(st *docState, s *figures.Sentence, fi int) bool {
	for fj := fi + 1; fj < s.FigEnd; fj++ {
		if d := st.d; d.Figures[fj].Kind == d.Figures[fi].Kind && m.placedPartOfWider(st, s, fj) {
			return true
		}
	}
	return false
}
