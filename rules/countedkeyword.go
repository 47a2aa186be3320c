package rules

import (
	"strings"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// A keyword right after a figure is what that figure counts: "some 2
// million internally displaced". When that figure stands between another
// figure and the keyword, the keyword is taken: it does not reach past
// its own figure to a farther one ("South Sudan, which is itself
// sheltering more than a million people who crossed from the north, has
// some 2 million internally displaced of its own"), whether or not its own
// figure is kept. A figure with the keyword between it and any other
// figure is read as before ("30,000 dead and 70,000 wounded"), as is one
// with a keyword before it ("the toll had passed 35,000, with 82 bodies
// brought in"), a share of the later figure ("four of Hamas's 24
// battalions") and a bare figure with no noun of its own, which borrows
// the later one's ("1.2 million, down from a peak of 1.9 million displaced
// people").

// keywordCountsOther reports whether keyword hit kw, after figure fi,
// follows right on another figure of sentence s that stands between them,
// one that does not count those who speak ("more than 18,000 people are
// gone, two displaced farmers told Reuters" leaves the keyword to the
// count: speakers.go).
func (st *docState) keywordCountsOther(s *figures.Sentence, fi int, kw hit, hits []hit, nouns map[string]bool) bool {
	d := st.d
	fs, fe := d.FigureTokens(fi)
	if kw.start < fe || fe < s.TokEnd && d.TokenText(fe) == "of" {
		return false // a share of the later figure's whole: "four of Hamas's 24 battalions"
	}
	if countedNoun(d, s, fi) < 0 && (fe >= s.TokEnd || !nouns[strings.ToLower(d.TokenText(fe))]) {
		return false // a bare figure borrows a later noun: "1.2 million, down from a peak of 1.9 million displaced people"
	}
	for _, h := range hits {
		if h.ref.role == roleKeyword && h.end <= fs {
			return false // a keyword before the figure may name it: "the toll had passed 35,000, with 82 bodies"
		}
	}
	for g := fi + 1; g < s.FigEnd; g++ {
		gs, ge := d.FigureTokens(g)
		if gs >= kw.start {
			break
		}
		if ge == kw.start && !dateKind(d.Figures[g].Kind) && !st.speakers(s, g) {
			return true
		}
	}
	return false
}
