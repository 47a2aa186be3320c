package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A correspondent names the count by a bare noun and says apart from it
// that the count covers every place: "The official figure tonight, across
// both countries, is thirty-six thousand one hundred and eighty-seven",
// "The number we have tonight, Luciana, is, uh, nineteen thousand three
// hundred, across both countries". The places said in the subject's aside
// or after the figure's comma make the noun the whole count as they do
// right after the noun ("the count across both countries": wholePlaces),
// and the speaker's "we have" after the noun is where the count came from,
// not another count.

// speakerHasEnd returns the token after "we have", "we've got" or "we
// have got" at token k, right after a count noun ("The number we have
// tonight"); k when there is none.
func speakerHasEnd(d *figures.Document, s *figures.Sentence, k int) int {
	if k+1 >= s.TokEnd || !strings.EqualFold(d.TokenText(k), "we") {
		return k
	}
	t := k + 1
	switch w := d.LowerTokenText(t); {
	case w == "have":
		t++
	case isApostrophe(w) && t+1 < s.TokEnd && d.LowerTokenText(t+1) == "ve":
		t += 2
	default:
		return k
	}
	if t < s.TokEnd && d.LowerTokenText(t) == "got" {
		t++
	}
	return t
}

// placesAfterFigure reports whether a comma right after figure fi opens a
// phrase that covers every place of the count: "..., nineteen thousand
// three hundred, across both countries".
func placesAfterFigure(d *figures.Document, s *figures.Sentence, fi int) bool {
	_, fe := d.FigureTokens(fi)
	return fe+1 < s.TokEnd && d.TokenText(fe) == "," && wholePlaces(d, s, fe+1) > fe+1
}
