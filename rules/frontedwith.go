package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// Why: a sentence may open with an absolute phrase that sets a count at
// its level and then tell something else in its main clause: "With the
// death toll in Gaza at 28,576, Israel says it will push into Rafah",
// "With deaths in Derna passing 6,000, Benghazi ordered the city sealed
// off". The phrase is closed by the comma right after its figure; the
// words after that comma are the main clause's, so an exclude_near word
// there speaks of what that clause tells, not of the count. One inside the
// phrase still rules the figure out, and a figure of the main clause is
// read as before.

// frontedWithEnd returns the comma that closes the absolute phrase
// figure fi of sentence s ends, or -1: the sentence opens with "With", no
// comma or other amount stands between it and the figure, and a comma
// follows the figure.
func frontedWithEnd(d *figures.Document, s *figures.Sentence, fi int) int {
	fs, fe := d.FigureTokens(fi)
	if fe >= s.TokEnd || d.TokenText(fe) != "," || !d.Figures[fi].Kind.IsAmount() {
		return -1
	}
	open := s.TokStart
	if open >= fs || d.LowerTokenText(open) != "with" {
		return -1
	}
	for k := open + 1; k < fs; k++ {
		switch d.TokenText(k) {
		case ",", ";", ":", "(", ")":
			return -1
		}
		if isDash(d.TokenText(k)) {
			return -1
		}
		if fj := figureAt(d, k); fj >= 0 && fj != fi && d.Figures[fj].Kind.IsAmount() {
			return -1
		}
	}
	return fe
}

// afterFrontedWith reports whether exclude_near hit ex stands in the main
// clause after the fronted "With" phrase figure fi closes, with keyword
// hit kw inside the phrase and no exclude_near word of hits in it.
func afterFrontedWith(d *figures.Document, s *figures.Sentence, hits []hit, kw, ex hit, fi int) bool {
	c := frontedWithEnd(d, s, fi)
	if c < 0 || kw.end > c || kw.start <= s.TokStart || ex.start <= c {
		return false
	}
	for _, h := range hits {
		if h.ref.metric == ex.ref.metric && h.ref.role == roleNear && h.start < c {
			return false
		}
	}
	return true
}
