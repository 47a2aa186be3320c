package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A total may be followed by a "with" clause in which someone reports a
// part of it: "The toll across both countries stands at 46,867, with
// Turkey's disaster agency reporting 41,156 of those deaths", "Deaths have
// passed 12,000, with regional officials counting some 2,000 of them in
// Kharkiv". The clause's words (the part's place, its owner) are the
// part's, which its "of those" marks, or an "alone" after its amount
// ("with Turkey's disaster agency reporting 35,418 dead in that country
// alone"); a time may stand between the total and the comma ("climbed
// past 41,000 on Tuesday, with ..."): they do not place the total in one
// country, however near it they stand. So are those of a clause with no
// amount in which a place's body does something: "stands at 47,000-plus,
// with Turkey's disaster agency still revising its figures" tells who is
// counting, not where the total lies.

// inWithPartClause reports whether exclude_near hit h stands in a "with"
// clause that opens right after the figure ending at token fe (a comma and
// "with") and, in the same stretch, holds an amount that is a part "of
// those", "of them" or "of which".
func inWithPartClause(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	fe = pastTimeAdjunct(d, s, fe)
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
		return ofThem(d, je) || aloneAfter(d, s, je)
	}
	return bodyActs(d, s, h)
}

// withPartTimeWords is how many tokens a time named between the total and
// its comma may hold: "on Tuesday", "this week", "late on Monday".
const withPartTimeWords = 3

// pastTimeAdjunct returns the comma after a time named right after the
// figure ending at token fe ("climbed past 41,000 on Tuesday, with ..."),
// or fe when none stands there.
func pastTimeAdjunct(d *figures.Document, s *figures.Sentence, fe int) int {
	for c := fe + 1; c < s.TokEnd && c <= fe+withPartTimeWords; c++ {
		if d.TokenText(c) == "," {
			if timeAdjunctStart(d, s, c) == fe {
				return c
			}
			return fe
		}
	}
	return fe
}

// withPartAloneWords is how many tokens may stand between the clause's
// amount and the "alone" that marks it a part: "35,418 dead in that
// country alone".
const withPartAloneWords = 6

// aloneAfter reports whether "alone" follows token k within the stretch
// (no comma or other mark between), marking the amount before it a part:
// "with Turkey's disaster agency reporting 35,418 dead in that country
// alone" (with_owner_subject.yaml).
func aloneAfter(d *figures.Document, s *figures.Sentence, k int) bool {
	for t := k; t < s.TokEnd && t <= k+withPartAloneWords && !stretchMark(d, t); t++ {
		if d.LowerTokenText(t) == "alone" {
			return true
		}
	}
	return false
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

// withMoreClause reports whether exclude_near hit h stands in a "with"
// clause right after the figure ending at token fe whose subject is more
// people beyond it, told with no amount: "has reached 31,000, with many
// more under the rubble", "with more still unaccounted for". The clause
// says who the count leaves out; its words are theirs, not the total's
// (with_more_clause.yaml). An amount in the clause ("with thousands
// more", "with more than 6,500 unaccounted for") stands on its own, and
// the exclude word already binds to it.
func withMoreClause(d *figures.Document, s *figures.Sentence, fe int, h hit) bool {
	fe = pastTimeAdjunct(d, s, fe)
	k := fe + 2
	if k >= s.TokEnd || h.start <= k || d.TokenText(fe) != "," || d.LowerTokenText(fe+1) != "with" {
		return false
	}
	switch d.LowerTokenText(k) {
	case "many", "countless", "far", "still":
		k++
	}
	if k >= h.start || d.LowerTokenText(k) != "more" || d.LowerTokenText(k+1) == "than" {
		return false
	}
	for t := k + 1; t < h.start; t++ {
		if stretchMark(d, t) || countAt(d, t) {
			return false
		}
	}
	return true
}
