// barewhole.go holds a headline's bare whole, whose past form is the part's
// dropped passive: "UN appeal for Sudan: $600m of $2bn received".

package rules

import (
	"math"

	"github.com/claimtrack/claimtrack/rules/figures"
)

// bareWholeAct reports whether keyword hit h is the act a headline tells of
// the part of whole sum g: "$600m of $2bn received". The whole stands right
// after "of" with no determiner, as a headline drops it, and the keyword, a
// lower-case past form, right after the whole ends its clause
// (actEndsClause: "so far", "to date", a comma or the end): the auxiliary
// the headline drops makes it the part's passive. With a determiner the
// participle is the whole's own noun ("the $2bn received"), and one a verb
// follows is the whole's reduced relative. A count's bare whole is not read
// so: "Gaza children: 14,000 of 34,000 killed" names the toll with its
// part, the label the part's (review54).
func bareWholeAct(d *figures.Document, s *figures.Sentence, g int, h hit) bool {
	gs, ge := d.FigureTokens(g)
	if d.Figures[g].Kind != figures.Money || h.start != ge || h.end != ge+1 || gs-1 <= s.TokStart || d.LowerTokenText(gs-1) != "of" || partTaker(d, s, g) < 0 {
		return false
	}
	return pastVerbWord(d.TokenText(h.start)) && actEndsClause(d, s, h.start)
}

// bareWholeActHit reports whether a keyword of hits is the act a headline
// tells of the part of whole figure g (bareWholeAct).
func bareWholeActHit(d *figures.Document, s *figures.Sentence, hits []hit, g int) bool {
	for _, h := range hits {
		if h.ref.role == roleKeyword && bareWholeAct(d, s, g, h) {
			return true
		}
	}
	return false
}

// partOfUnactedKeyword reports whether figure fi of sentence s, spanning
// tokens [fs, fe), is a part of what keyword hit h counts (partOfKeyword)
// and h is not the act a headline tells of the part past its bare whole
// (bareWholeAct: "$600m of $2bn received" is a sum received, not a part
// of one).
func partOfUnactedKeyword(d *figures.Document, s *figures.Sentence, fi, fs, fe int, h hit) bool {
	return partOfKeyword(d, s, fs, fe, h) && !(fi+1 < s.FigEnd && partTaker(d, s, fi+1) == fi && bareWholeAct(d, s, fi+1, h))
}

// labelNamesWhole reports whether exclude_near hit ex stands in the label
// a colon closes right before part fi ("Sudan appeal: $600m of $2bn
// received") while keyword hit kw is the part's own act (bareWholeAct,
// partOwnAct): the label names the whole the part is taken of, as a word
// beside the whole does ("$1.5bn of the $4.1bn appeal has been
// received"), not what the part is.
func labelNamesWhole(d *figures.Document, s *figures.Sentence, hits []hit, ex, kw hit, fi int) bool {
	fs, _ := d.FigureTokens(fi)
	if ex.end > fs-1 || fs-1 <= s.TokStart || d.TokenText(fs-1) != ":" || kw.start < fs {
		return false
	}
	for k := ex.end; k < fs-1; k++ {
		if !d.Tokens[k].IsWord() {
			return false // the label is one phrase up to its colon
		}
	}
	return fi+1 < s.FigEnd && partTaker(d, s, fi+1) == fi && bareWholeAct(d, s, fi+1, kw) || partOwnAct(d, s, hits, fi)
}

// crowdWholeAct reports whether keyword hit h, one word right after the
// bare whole of part fi (or its "people") that ends the clause, is the
// act a headline tells of the part when that whole is a crowd, above the
// metric's max: "Gaza: 34,000 of 2.3 million killed", "34,050 of its 2.3
// million dead". A toll's whole ("Gaza children: 14,000 of
// 34,000 killed") names the toll, its part the label's (review54); a
// place's people cannot be the toll (crowd_number_not_toll.yaml), so the
// part is (fa55 left it).
func crowdWholeAct(d *figures.Document, s *figures.Sentence, fi int, h hit, max float64) bool {
	g := fi + 1
	if g >= s.FigEnd || d.Figures[g].Kind != d.Figures[fi].Kind || d.Figures[g].Value <= max || partTaker(d, s, g) != fi {
		return false
	}
	_, ge := d.FigureTokens(g)
	if ge < s.TokEnd && d.LowerTokenText(ge) == "people" {
		ge++ // "2.3 million people killed"
	}
	return h.start == ge && h.end == ge+1 && actEndsClause(d, s, h.start)
}

// maxValue is the metric's max, or +Inf when it has none.
func (m *metric) maxValue() float64 {
	if m.spec.Max == nil {
		return math.Inf(1)
	}
	return *m.spec.Max
}
