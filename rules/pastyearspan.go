package rules

import "github.com/claimtrack/claimtrack/rules/figures"

// A past year that frames a sentence may come with an adverb pointing
// back ("Back in 2009,") or open a span ("From 1990 the grant was held
// at ..."). The span is of then only when the sentence says nothing of
// now: "From 2019 onward", "a sum it still pays" or a year not yet past
// keep it running (framingDecade, decade.go; fronted_back_in_year.yaml).

// backAdverbStart returns the token of "back" or "way back" right before
// the preposition at token p ("Back in 2009", "Way back in the 1990s"),
// which points the phrase to the past and changes nothing of what it
// dates, or p.
func backAdverbStart(d *figures.Document, s *figures.Sentence, p int) int {
	word := sentenceWords(d, s)
	if word(p-1) != "back" {
		return p
	}
	if word(p-2) == "way" {
		return p - 2
	}
	return p - 1
}

// spanStillRuns reports whether the span that opens at year figure fi is
// told as running still: "onward(s)" or "on" right after the year ("From
// 2019 onward"), or later in the sentence a word of the present ("still",
// "now", "today", "currently", "is", "are", "has", "have") or a year no
// earlier than the one before now ("a level that holds until 2028").
// A span "from" a past year ends only when the sentence says nothing of
// now (review44).
func spanStillRuns(d *figures.Document, s *figures.Sentence, fi, now int) bool {
	word := sentenceWords(d, s)
	_, te := d.FigureTokens(fi)
	switch word(te) {
	case "on", "onward", "onwards":
		return true
	}
	for k := te; k < s.TokEnd; k++ {
		if fj := figureAt(d, k); fj >= 0 {
			if f := &d.Figures[fj]; dateKind(f.Kind) && !pastYear(f, now) && f.Kind == figures.Year {
				return true
			}
			continue
		}
		switch word(k) {
		case "still", "now", "today", "currently", "is", "are", "has", "have":
			return true
		}
	}
	return false
}

// spanFromPastYear returns the token of "from" right before the year
// figure fi, "fiscal" perhaps between ("From 1990", "From fiscal 2009"),
// or -1: a span that opens at that year.
func spanFromPastYear(d *figures.Document, s *figures.Sentence, fi int) int {
	word := sentenceWords(d, s)
	k := firstTok(d, fi) - 1
	if word(k) == "fiscal" {
		k--
	}
	if word(k) != "from" {
		return -1
	}
	return k
}
