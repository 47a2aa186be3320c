package rules

import (
	"github.com/claimtrack/claimtrack/rules/figures"
)

// A count of tokens that stand one for each of the people counted is the
// count of those people: "carried 33,000 paper flowers, one, organisers
// said, for each Palestinian the Gaza health ministry says has been
// killed", "40,000 pairs of shoes, one for every victim". The figure's
// own noun ("flowers", "shoes") is what stands for them, not what it
// counts; the words after "each" or "every" say what it counts, and they
// stand as near the figure as a clause that restates it (restatedFrom).

// oneForEach returns the token after "each" or "every" (or "per") of a
// phrase "N NOUN, one[, ASIDE,] for each PERSON" after the figure ending
// at token fe of sentence s, or -1. At most eight words of the figure's
// noun and its phrase ("candles along the seafront on Sunday night") stand
// before the comma, and the aside holds at most five words.
func oneForEach(d *figures.Document, s *figures.Sentence, fe int) int {
	k := fe
	for n := 0; k < s.TokEnd && n < 8 && d.Tokens[k].IsWord(); n++ {
		k++
	}
	if k == fe || k+3 >= s.TokEnd || d.TokenText(k) != "," || d.LowerTokenText(k+1) != "one" {
		return -1
	}
	k += 2
	if d.TokenText(k) == "," {
		// ", one, organisers said, for each": an aside of the speaker.
		end := -1
		for j := k + 1; j < s.TokEnd && j <= k+6; j++ {
			if d.TokenText(j) == "," {
				end = j
				break
			}
			if !d.Tokens[j].IsWord() {
				return -1
			}
		}
		if end < 0 {
			return -1
		}
		k = end + 1
	}
	if k+1 >= s.TokEnd {
		return -1
	}
	each := -1
	switch d.LowerTokenText(k) {
	case "for":
		if w := d.LowerTokenText(k + 1); (w == "each" || w == "every") && k+2 < s.TokEnd {
			each = k + 2
		}
	case "per":
		each = k + 1
	}
	if each < 0 || clauseAfter(d, s, each) {
		return -1
	}
	return each
}

// mayStandOneForEach reports whether oneForEach may answer for the figure
// ending at token fe of sentence s: the ", one" it reads stands after the
// figure, inside the sentence, so a sentence without one answers -1 for
// every figure of its own. Whether it holds one is read once per sentence:
// its word marks say whether it holds a "one" at all (most do not), and
// only then are its tokens read for a comma before one. A figure before
// the sentence (a question's, read with its answer) may reach into the
// sentence from outside it, and is read.
func (st *docState) mayStandOneForEach(s *figures.Sentence, fe int) bool {
	if fe < s.TokStart {
		return true
	}
	m := st.wordMarks(s)
	if !m.one {
		return false
	}
	if !m.commaOneRead {
		m.commaOneRead = true
		d := st.d
		for k := s.TokStart + 1; k < s.TokEnd && !m.commaOne; k++ {
			m.commaOne = tokenMarked(d, k, rmOne) && d.TokenText(k-1) == ","
		}
	}
	return m.commaOne
}

// clauseAfter reports whether a semicolon, or a comma and a conjunction,
// opens another clause after token k of sentence s: "one for each family,
// and mourned those killed" says nothing more of the families.
func clauseAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	for ; k < s.TokEnd; k++ {
		switch d.TokenText(k) {
		case ";":
			return true
		case ",":
			if k+1 < s.TokEnd {
				switch d.LowerTokenText(k + 1) {
				case "and", "but", "while", "as", "whereas":
					return true
				}
			}
		}
	}
	return false
}

// tokenCount reports whether figure fi of sentence s counts tokens that
// stand one for each of the people the metric counts (oneForEach), the
// word after "each" a person by the metric's nouns or a people's name
// ("Palestinian", "Ukrainian").
func (m *metric) tokenCount(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	k := oneForEach(d, s, fe)
	if k < 0 || !d.Tokens[k].IsWord() {
		return false
	}
	w := d.TokenText(k)
	lw := d.LowerTokenText(k)
	return m.countNouns[lw] || m.countNouns[singular(lw)] || demonymShape(w)
}

// standInPeriod reports whether the period opening at token k dates the
// act done with the tokens that stand one for each person counted, not
// the count: it lies in the tokens' phrase, between figure fi and ", one
// for each" ("lit 10,000 candles on Saturday, one for each Ukrainian
// civilian the UN has confirmed killed"). The day is the vigil's; the
// count is of the people the tokens stand for.
func standInPeriod(d *figures.Document, s *figures.Sentence, fi, k int) bool {
	_, fe := d.FigureTokens(fi)
	if k < fe {
		return false
	}
	each := oneForEach(d, s, fe)
	return each >= 0 && k < each
}
