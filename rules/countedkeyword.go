package rules

import "github.com/claimtrack/claimtrack/rules/figures"

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
	if !figureEndsAt(d, s, fi+1, kw.start) {
		return false // cheap test first: no figure between them for the keyword to follow on
	}
	if w := lowerTok(d, kw.end-1); nouns != nil && !nouns[w] && stayPlaceNoun(w) {
		return false // "11,000 people rode out the storm in 85 shelters": the figure before counts the places, the keyword says where the people are (countNouns)
	}
	if countedNoun(d, s, fi) < 0 && (fe >= s.TokEnd || !nouns[lowerTok(d, fe)]) {
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

// figureEndsAt reports whether a figure of sentence s from figure from on,
// not a date, ends right at token k: the figure keywordCountsOther's
// keyword would follow on. It reads only the figures' bounds, so it is
// asked before the counted nouns and hits.
func figureEndsAt(d *figures.Document, s *figures.Sentence, from, k int) bool {
	for g := from; g < s.FigEnd; g++ {
		gs, ge := d.FigureTokens(g)
		if gs >= k {
			return false
		}
		if ge == k && !dateKind(d.Figures[g].Kind) {
			return true
		}
	}
	return false
}
