package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A remark on the figure that places it in the past ("— a figure that
// seemed enormous then", ", a toll that horrified Europe at the time")
// tells a reading of an earlier time, however its date is written: the
// count has since moved on. The remark opens with a comma or a dash
// after the figure's phrase, restates the figure by a noun ("a number",
// "a figure", "a toll", "a tally"), and ends on "then" or "at the time"
// before the sentence's end or its next mark. The figure's own clause
// must not say "now": "The UN has now verified 12,000 ... — a number
// nobody imagined then" gives the count now, and the remark the past it
// is measured against. (past_remark_then.yaml)

// pastRemarkReach is how many tokens may part the figure from its
// remark's mark, and how many the remark may hold.
const pastRemarkReach = 12

// pastRemark reports whether a remark after figure fi of sentence s
// places it in the past.
func pastRemark(d *figures.Document, s *figures.Sentence, fi int) bool {
	fs, fe := d.FigureTokens(fi)
	word := sentenceWords(d, s)
	for t := fs - 1; t >= s.TokStart; t-- {
		w := word(t)
		if w == "now" {
			return false
		}
		if w == ";" || isDash(w) {
			break
		}
	}
	m := -1
	for t := fe; t < s.TokEnd && t <= fe+pastRemarkReach; t++ {
		w := word(t)
		if w == "," || isDash(w) {
			m = t
			break
		}
		if w == "now" || clauseMark(w) || figureAt(d, t) >= 0 {
			return false
		}
	}
	if m < 0 {
		return false
	}
	k := m + 1
	if w := word(k); w != "a" && w != "the" && w != "an" {
		return false
	}
	if w := word(k + 1); !tallyNoun(w) && w != "figure" && w != "level" {
		return false
	}
	for t := k + 2; t < s.TokEnd && t <= k+2+pastRemarkReach; t++ {
		w := word(t)
		if w == "then" || w == "time" && word(t-1) == "the" && word(t-2) == "at" {
			e := t + 1
			return e >= s.TokEnd || word(e) == "." || word(e) == "," || word(e) == ";" || isDash(word(e))
		}
		if clauseMark(w) || w == "." {
			return false
		}
		if fj := figureAt(d, t); fj >= 0 && d.Figures[fj].Qualifier != figures.Vague {
			return false // another amount: "a number twice that of 2014 then"
		}
	}
	return false
}
