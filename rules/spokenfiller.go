package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A speaker's fillers between a keyword and its figure do not part them:
// "The death toll in Gaza is, uh, um, well, you know, I think, sort of,
// about thirty thousand now" is as near its keyword as "The death toll in
// Gaza is about thirty thousand now". The fillers are the class the figure
// finder skips between a qualifier and its figure (figures/fillers.go):
// sounds of hesitation, comment clauses of the speaker set off by commas
// ("I think", "we are told", "you know"), discourse words between commas
// ("well", "what").

// spokenFillerWords counts the words of the speaker's fillers that stand
// between keyword hit h and figure fi: the words a window does not count.
func spokenFillerWords(d *figures.Document, h hit, fi int) int {
	fs, fe := d.FigureTokens(fi)
	from, to := h.end, fs
	if h.start >= fe {
		from, to = fe, h.start
	}
	if to-from < 2 {
		return 0
	}
	word := func(k int) string {
		if k < from-1 || k > to || k >= len(d.Tokens) {
			return ""
		}
		return d.TokenText(k)
	}
	n := 0
	for t := from; t < to; t++ {
		// FillerSound lowers the word it is given, a fresh string for a
		// capitalised one: MayBeFillerSound first turns away, with no
		// call, a word whose length or first letter no sound has (no
		// letter outside ASCII lowers to one of theirs).
		if w := d.TokenText(t); w != "," && (!figures.MayBeFillerSound(w) || !figures.FillerSound(w)) {
			continue
		}
		e := figures.SpokenFillerEnd(word, t)
		if e <= t || e > to {
			continue
		}
		n += d.WordPos(e) - d.WordPos(t)
		t = e - 1
	}
	return n
}

// spokenFillerGap is spokenFillerWords(st.d, h, fi) for a keyword hit h
// and a figure fi of sentence s. The words it reads lie between them, so
// when both stand inside s and s holds no word that may open a filler
// (its marks' filler), it is 0 without the walk.
func (st *docState) spokenFillerGap(s *figures.Sentence, h hit, fi int) int {
	if fs, fe := st.d.FigureTokens(fi); !st.wordMarks(s).filler && h.start >= s.TokStart && h.end <= s.TokEnd && fs >= s.TokStart && fe <= s.TokEnd {
		return 0
	}
	return spokenFillerWords(st.d, h, fi)
}
