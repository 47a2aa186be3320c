package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// partAfterComma reports whether the comma at token t opens a verbless
// part of a total stated before it: a figure at t+1, an earlier figure
// in the sentence, and after the figure "of" a pronoun ("of them", "of
// whom") or a preposition that places it ("in Kharkiv region alone").
// The part is a clause of its own for an exclude word in it, as a
// semicolon's would be: "Nearly 10,600 civilians have been killed ...,
// more than 2,000 of them in Kharkiv region alone".
func partAfterComma(d *figures.Document, s *figures.Sentence, t int) bool {
	if t+1 >= s.TokEnd {
		return false
	}
	fi := figureIn(d, s, t+1)
	if fi < 0 {
		return false
	}
	fs, fe := d.FigureTokens(fi)
	if fs != t+1 || fe >= s.TokEnd {
		return false
	}
	earlier := false
	for fj := s.FigStart; fj < fi; fj++ {
		if _, je := d.FigureTokens(fj); je <= t {
			earlier = true
			break
		}
	}
	if !earlier {
		return false
	}
	w := d.LowerTokenText(fe)
	if w == "of" && fe+1 < s.TokEnd {
		switch d.LowerTokenText(fe + 1) {
		case "them", "whom", "those", "which", "these":
			return true
		}
		return false
	}
	return prepositions[w]
}
