package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A total may be followed by a "with" clause in which someone reports a
// part of it: "The toll across both countries stands at 46,867, with
// Turkey's disaster agency reporting 41,156 of those deaths", "Deaths have
// passed 12,000, with regional officials counting some 2,000 of them in
// Kharkiv". The clause's words (the part's place, its owner) are the
// part's, which its "of those" marks: they do not place the total in one
// country, however near it they stand. So are those of a clause with no
// amount in which a place's body does something: "stands at 47,000-plus,
// with Turkey's disaster agency still revising its figures" tells who is
// counting, not where the total lies.

// inWithPartClause reports whether exclude_near hit h stands in a "with"
// clause that opens right after the figure ending at token fe (a comma and
// "with") and, in the same stretch, holds an amount that is a part "of
// those", "of them" or "of which".
func inWithPartClause(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	if fe+1 >= s.TokEnd || h.start <= fe+1 || d.TokenText(fe) != "," || d.LowerTokenText(fe+1) != "with" {
		return false
	}
	for k := fe + 2; k < h.start; k++ {
		if stretchMark(d, k) {
			return false
		}
	}
	for fj := s.FigStart; fj < s.FigEnd; fj++ {
		js, je := d.FigureTokens(fj)
		if js < h.end || !d.Figures[fj].Kind.IsAmount() {
			continue
		}
		for k := h.end; k < js; k++ {
			if stretchMark(d, k) {
				return false
			}
		}
		return ofThem(d, je)
	}
	return bodyActs(d, s, h)
}

// bodyActsWords is how many words may stand between a body's owner and
// the verb in -ing it does: "Turkey's disaster agency still revising".
const bodyActsWords = 4

// bodyActs reports whether hit h is an owner's 's ("Turkey's") of a body
// in lower-case words that does something in -ing, and no amount stands
// in the rest of the clause.
func bodyActs(d *figures.Document, s *figures.Sentence, h hit) bool {
	end := h.end
	if !ownerHit(d, h) {
		if ownerBefore(d, h.end+2) != h.end-1 {
			return false
		}
		end = h.end + 2 // the place's name before its 's
	}
	acts := false
	for k := end; k < s.TokEnd && !stretchMark(d, k); k++ {
		if countAt(d, k) {
			return false
		}
		w := d.TokenText(k)
		if !acts && (!isLowerWord(w) || d.WordPos(k)-d.WordPos(end) > bodyActsWords) {
			return false
		}
		acts = acts || k > end && len(w) > 4 && w[len(w)-3:] == "ing"
	}
	return acts
}
